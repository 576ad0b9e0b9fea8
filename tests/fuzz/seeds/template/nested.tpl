## title: 测试
{{case.case_no}} {{case.claim|大写}} {{case.claim|元}}
{{#if lead.evidence}}有{{else}}无{{/if}}
{{#each events}}{{@index}}. {{date|中文日期}} {{kind}} {{#if amount}}{{amount|元}}{{/if}}
{{/each}}\{{x}} {{! c }}
