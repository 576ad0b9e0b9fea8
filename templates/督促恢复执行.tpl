## title: 检察建议书（督促恢复执行·带财终本）
## kind: 检察建议
## type: 建
## needs: lead
#org {{org.name}}
#docno {{doc_no}}
#title 检察建议书
#recipient {{case.court}}：
本院在履行法律监督职责中发现，你院{{case.case_no}}案件（申请执行人{{case.applicants}}，被执行人{{case.debtors}}）{{#if case.closing_date}}于{{case.closing_date | 日期}}裁定终结本次执行程序{{else}}尚未执结{{/if}}，但被执行人名下有可供执行的财产，依职权进行了审查。本案现已审查终结。
现查明：申请执行标的{{case.claim | 元}}元（人民币{{case.claim | 大写}}），实际执行到位{{case.paid | 元}}元。{{lead.evidence | 人读}}
{{#if properties}}
被执行人名下登记财产：
{{#each properties}}{{@index}}. {{kind}}：{{item}}{{#if value}}，价值约{{value | 元}}元{{/if}}（登记日{{start | 日期}}）。
{{/each}}
{{/if}}
本院认为，被执行人有可供执行的财产，你院应当依法恢复执行。依据：
{{rule.basis}}
根据《中华人民共和国民事诉讼法》第二百四十六条的规定，特提出如下检察建议：
一、依法恢复执行{{case.case_no}}案件；
二、对被执行人名下上述财产依法采取查封、扣押、冻结措施并及时处置；
三、{{rule.remedy}}
请你院在收到本检察建议书后三个月内，将审查处理情况以回复意见函的形式书面回复本院。

#attach 附件：1. 检察卷宗一册
#attach 2. 被执行人财产登记信息

#sign {{org.name}}
#date {{today | 中文日期}}
{{#if org.upper}}
#cc 抄送：{{org.upper}}。
{{/if}}
#printed {{org.name}}办公室  {{today | 日期}}印发
