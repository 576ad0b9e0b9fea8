## title: 检察建议书（个案·纠正违法执行）
## kind: 检察建议
## type: 建
## needs: lead
#org {{org.name}}
#docno {{doc_no}}
#title 检察建议书
#recipient {{case.court}}：
本院在履行法律监督职责中发现你院{{case.case_no}}案件（申请执行人{{case.applicants}}与被执行人{{case.debtors}}{{case.cause}}一案{{#if case.basis_no}}，执行依据{{case.basis_no}}{{/if}}）可能存在违法情形，依职权对该案执行活动进行了审查。本案现已审查终结。
现查明：你院于{{case.filing_date | 日期}}立案执行，申请执行标的{{case.claim | 元}}元（人民币{{case.claim | 大写}}）{{#if case.closing_date}}，于{{case.closing_date | 日期}}以{{case.method}}方式结案{{/if}}，实际执行到位{{case.paid | 元}}元。{{lead.evidence | 人读}}
{{#if events}}
执行经过：
{{#each events}}{{@index}}. {{date | 日期}}，{{kind}}{{#if item}}（{{item | 人读}}）{{/if}}。
{{/each}}
{{/if}}
本院认为，你院上述执行活动存在“{{rule.title}}”的违法情形。依据：
{{rule.basis}}
根据《中华人民共和国民事诉讼法》第二百四十六条“人民检察院有权对民事执行活动实行法律监督”及《最高人民法院 最高人民检察院关于民事执行活动法律监督若干问题的规定》的规定，特提出如下检察建议：
{{rule.remedy}}
请你院在收到本检察建议书后三个月内，将审查处理情况以回复意见函的形式书面回复本院，并附相关裁定、决定等法律文书。

#attach 附件：1. 检察卷宗一册
#attach 2. 证据材料清单

#sign {{org.name}}
#date {{today | 中文日期}}
{{#if org.upper}}
#cc 抄送：{{org.upper}}。
{{/if}}
#printed {{org.name}}办公室  {{today | 日期}}印发
