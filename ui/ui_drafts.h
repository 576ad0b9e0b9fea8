/* ui_drafts.h — drafting from the workstation: the steps that ask the
 * person something (a template, the text in their editor, the court's
 * reply, a file name) before calling the core (drafts/drafts.h), which
 * decides who may do what. Every refusal is shown in Chinese on the
 * message line and nothing the person typed or edited is lost. */
#ifndef JZ_UI_DRAFTS_H
#define JZ_UI_DRAFTS_H

#include "ui.h"

/* d: pick a template and draft from a lead (lead_id > 0) or a case; the
 * new draft opens over the current view. */
void ui_draft_new(struct tui *t, long long lead_id, long long case_id);

/* e: the text of the version seen (the one on screen) in $EDITOR, curses
 * suspended meanwhile; a changed text is saved as a new version over
 * seen, an unchanged one saves nothing. When the save is refused, the
 * edited file is kept and named in *pending (owned), and the next e
 * continues from it. 1 when a new version was saved. */
int ui_draft_edit(struct tui *t, long long id, long long seen, char **pending);

/* R: the court's reply (采纳/部分采纳/不采纳), whether enforcement
 * resumed, the money recovered and the date, over version seen. */
int ui_draft_reply(struct tui *t, long long id, long long seen);

/* W: the draft as a DOCX file (written whole or not at all). */
void ui_draft_docx(struct tui *t, long long id);

#endif
