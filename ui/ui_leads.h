/* ui_leads.h — labelling leads from any view: the 排除 reason menu, the
 * confirmation when one action labels many, messages, undo. */
#ifndef JZ_UI_LEADS_H
#define JZ_UI_LEADS_H

#include "ui.h"

/* Label leads 成案/排除 (asking the reason and note for 排除 and a
 * confirmation for several) over the versions the person saw; returns how
 * many were labelled. A refused label keeps the typed note to retry. */
int ui_label_leads(struct tui *t, const long long *ids, const long long *versions, int n, const char *label);
/* Remove a lead's label; 1 when done. */
int ui_unlabel_lead(struct tui *t, long long id, long long version);
/* Undo my last label; the lead's id, 0 when nothing was undone. */
long long ui_undo_label(struct tui *t);

#endif
