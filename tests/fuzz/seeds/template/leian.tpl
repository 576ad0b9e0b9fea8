## title: 检察建议书（类案·改进工作）
## kind: 检察建议
## type: 建
## needs: lead
#center {{org.name}}
#title 检察建议书
#docno {{doc_no}}

{{case.court}}：

本院在履行法律监督职责中，对你院办理的执行案件进行了类案审查，发现{{cases_count}}件案件存在“{{rule.title}}”的同类问题。本案现已审查终结。

现查明：
{{#each cases}}{{@index}}. {{case_no}}（立案{{filing_date | 日期}}{{#if closing_date}}，{{closing_date | 日期}}结案{{/if}}）：{{evidence}}
{{/each}}
本院认为，上述问题具有普遍性，反映出执行工作中存在薄弱环节。依据：
{{rule.basis}}

根据《中华人民共和国民事诉讼法》第二百四十六条“人民检察院有权对民事执行活动实行法律监督”的规定，特提出如下检察建议：
一、对上述案件逐案审查，依法纠正；{{rule.remedy}}
二、针对同类问题完善执行工作制度，加强对执行人员的管理和培训，防止类似问题再次发生。

请你院在收到本检察建议书后三个月内，将审查处理情况以回复意见函的形式书面回复本院。

此致
{{case.court}}

#right {{org.name}}
#right {{today | 中文日期}}
#right （院印）
