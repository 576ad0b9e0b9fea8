## title: 移送线索函（拒执 / 虚假诉讼）
## kind: 移送
## type: 移
## needs: lead
#org {{org.name}}
#docno {{doc_no}}
#title 关于移送{{case.debtors}}涉嫌{{crime}}线索的函
#recipient {{recipient}}：
一、线索来源：本院在办理{{case.case_no}}民事执行监督案件中发现，被执行人{{case.debtors}}涉嫌{{crime}}。
二、涉嫌人员（单位）基本情况：
{{#each debtors}}{{name}}，证件号码{{id_no}}。
{{/each}}
三、基本事实：
（一）执行依据及执行义务：{{#if case.basis_no}}执行依据{{case.basis_no}}，{{/if}}申请执行人{{case.applicants}}，申请执行标的{{case.claim | 元}}元（人民币{{case.claim | 大写}}），{{case.court}}于{{case.filing_date | 日期}}立案执行。
（二）执行情况：实际执行到位{{case.paid | 元}}元{{#if case.closing_date}}，{{case.closing_date | 日期}}以{{case.method}}方式结案{{/if}}。
（三）涉嫌行为：{{lead.evidence | 人读}}
四、法律依据：
{{rule.basis}}
{{#if is_false_suit}}
《中华人民共和国刑法》第三百零七条之一第一款：“以捏造的事实提起民事诉讼，妨害司法秩序或者严重侵害他人合法权益的，处三年以下有期徒刑、拘役或者管制，并处或者单处罚金……”
{{else}}
《中华人民共和国刑法》第三百一十三条：“对人民法院的判决、裁定有能力执行而拒不执行，情节严重的，处三年以下有期徒刑、拘役或者罚金……”
{{/if}}
五、处理请求：请依法审查，并将处理结果函告本院。

#attach 附件：1. 证明涉嫌人员身份情况的证据材料
#attach 2. 证明其负有执行义务的证据材料
#attach 3. 证明其有能力执行的证据材料
#attach 4. 证明其有拒不执行或捏造事实行为的证据材料
#attach 5. 证明相关情节或后果的证据材料

#sign {{org.name}}
#date {{today | 中文日期}}
