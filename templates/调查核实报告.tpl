## title: 调查核实报告
## kind: 报告
## type: 报
## needs: case
#title 关于{{case.case_no}}执行监督案件的调查核实报告
#docno {{doc_no}}
一、案件来源：本院在履行法律监督职责中发现{{case.court}}{{case.case_no}}案件可能存在违法情形{{#if lead.evidence}}（监督线索：{{rule.title}}）{{/if}}，依职权受理审查。
二、案件基本情况：申请执行人{{case.applicants}}，被执行人{{case.debtors}}，案由{{case.cause}}，{{#if case.basis_no}}执行依据{{case.basis_no}}，{{/if}}申请执行标的{{case.claim | 元}}元（人民币{{case.claim | 大写}}），{{case.filing_date | 日期}}立案，{{#if case.closing_date}}{{case.closing_date | 日期}}以{{case.method}}方式结案{{else}}尚未结案{{/if}}，实际执行到位{{case.paid | 元}}元，承办人{{case.judge}}。
三、调查核实情况：
{{#each events}}{{@index}}. {{date | 日期}}，{{kind}}{{#if item}}（{{item | 人读}}）{{/if}}。
{{/each}}
{{#if lead.evidence}}
四、发现的问题：{{lead.evidence | 人读}}
五、法律依据：
{{rule.basis}}
六、处理意见：建议{{rule.remedy}}
{{else}}
四、处理意见：经审查，暂未发现违法情形，建议终结审查。
{{/if}}

#sign 承办检察官：{{author}}
#date {{today | 中文日期}}
