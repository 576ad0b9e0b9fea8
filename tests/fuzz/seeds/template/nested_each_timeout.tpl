#y#itle: æµ‹è}}
ñññññññññññññññññññññññññññññññññññññññññññññññññ{{#each events}}{{@index}}
{{#each events}}È{@ æµ‹è}}
{{#each events}}Ÿ}}each eventè}}
{{#each events}}È{tevents}}È{@i}
{{#each events}}se.claûim|äººe: æµ‹µ}}
{{#each events}}{å®+§å†{h}}\{{x}}claiƒm|å¤§å†™}} }}each eventè}}
{{#each events}}È{teventntè}}
{{#each events}}È{teventstle: æµ‹è}}
{{#each events}}È{@ise.claim|äººè¯»}}ase.claim|äººe: æµ‹±}}
{{#each events}}{å®+§å†{h}}æœŸ}} titdÿÿe.claim
{{#each events}}
{{#if lead.evidence}}æ‰{/if}}
{{#each e} ind{{date|ä¸­æÈ{@inde|}}.å†™}} {h}ƒ}}
{{#if vvvvvvvvvvvvvvvvvvvvvvvse.cl!im|å…ƒ}}
{{}} {{! c }}
{{/if}}
{{/each}}ad!im|å…ƒ}}
{{}} {{! c }}
{{/if}}
{{/each}}\{{x}} {{! c €€€€€€|å¤§ih}}\{
{{/each}}\{{x}}${ ie550{/if}}
{{/each}}\{{23{/if}}
{{/each}}\{#ien} {lif ead.evidence2claim|2{/if}}
{{/each}}\{{x}} {#ience}
}{!{\{{x}} {! ce.claimev†™}}¹¹ÿÿÿÿÿ$$
{{/each}}\{{ÿx}} {#iencif#{223{/if}}
{{/each}}\{{x}} {cif#{446{/if}}
{{/each}}\{{x}} {#ien} {lif ead.eviden^e22{/pf}}
{{/each}}\{{x}}ence}
}\{{x}} {y! c }}}}\{{tle: æµ‹èeve{{/each}}\{
{{/each}}\{{x}} {#ience}
