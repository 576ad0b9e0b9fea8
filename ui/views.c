/* views.c — the registry of numbered views: one table gives each its
 * number key, its ":" name and its constructor, so the dispatcher, the
 * command line and the help never list the views themselves. */
#include "ui.h"
#include "query/leadlist.h"

#include <string.h>

static const struct {
	enum view_id id;
	const char *name;        /* for ":cases" and keymap scopes */
	struct view *(*open)(struct tui *t);
} views[] = {
	{ V_CASES, "cases", view_cases_new },
	{ V_LEADS, "leads", view_leads_queue },
	{ V_RULES, "rules", view_rules_new },
	{ V_DRAFTS, "drafts", view_drafts_new },
	{ V_DOCS, "docs", view_docs_new },
	{ V_OUTCOMES, "outcomes", view_outcomes_new },
};

struct view *views_open(struct tui *t, enum view_id id)
{
	for (size_t i = 0; i < sizeof views / sizeof *views; i++)
		if (views[i].id == id)
			return views[i].open(t);
	return NULL;
}

int views_by_name(const char *name)
{
	for (size_t i = 0; i < sizeof views / sizeof *views; i++)
		if (strcmp(views[i].name, name) == 0)
			return (int)views[i].id;
	return -1;
}

const char *views_name(enum view_id id)
{
	for (size_t i = 0; i < sizeof views / sizeof *views; i++)
		if (views[i].id == id)
			return views[i].name;
	return "";
}

enum view_id views_start(struct tui *t)
{
	/* Open where the work is: the lead queue when leads wait for a label. */
	return leadlist_any_pending(t->db) ? V_LEADS : V_CASES;
}
