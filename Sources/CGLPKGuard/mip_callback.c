/*
 * The branch-and-cut callback. It runs inside glp_intopt on the solving
 * thread and only makes glp_ios_* calls whose arguments it has checked
 * (glp_ios_node_bound is called only for a node that exists), so GLPK
 * never raises an error from here and no longjmp crosses the Swift
 * observer it calls.
 *
 * At every invocation it:
 *   1. offers the starting solution at the first GLP_IHEUR request,
 *   2. records the search state (incumbent, bound, gap, node counts),
 *   3. enforces the wall-clock deadline with glp_ios_terminate,
 *   4. calls the observer, which may ask to stop.
 */
#include "internal.h"

#include <float.h>
#include <math.h>

static void crg_offer_start(glp_tree *T, crg_mip_control *c) {
    if (c->start_x == NULL || c->start_result != 0) return;
    if (glp_ios_reason(T) != GLP_IHEUR) return;
    glp_prob *mip = glp_ios_get_prob(T);
    if (glp_get_num_cols(mip) != c->start_n) {
        /* the presolver changed the columns; x cannot be mapped */
        c->start_result = 3;
        return;
    }
    c->start_result = glp_ios_heur_sol(T, c->start_x) == 0 ? 1 : 2;
}

static crg_mip_event crg_observe(glp_tree *T, const crg_mip_control *c,
                                 double now) {
    crg_mip_event ev;
    glp_prob *mip = glp_ios_get_prob(T);
    int status = glp_mip_status(mip);
    ev.reason = glp_ios_reason(T);
    ev.has_incumbent = (status == GLP_FEAS || status == GLP_OPT);
    ev.incumbent = ev.has_incumbent ? glp_mip_obj_val(mip) : 0.0;
    int best = glp_ios_best_node(T);
    double bound = best != 0 ? glp_ios_node_bound(T, best) : 0.0;
    ev.has_bound = best != 0 && fabs(bound) < DBL_MAX;
    ev.bound = ev.has_bound ? bound : 0.0;
    ev.gap = glp_ios_mip_gap(T);
    int active = 0, total = 0;
    glp_ios_tree_size(T, &active, NULL, &total);
    ev.nodes_active = active;
    ev.nodes_total = total;
    ev.elapsed = now - c->t_start;
    ev.new_incumbent = ev.has_incumbent &&
        (!c->last.has_incumbent || ev.incumbent != c->last.incumbent);
    ev.report_due = ev.new_incumbent ||
        now - c->last_report >= c->report_interval;
    return ev;
}

void crg_mip_callback_entry(glp_tree *T, void *info) {
    crg_mip_control *c = info;
    /* from here on a stop goes through the observer and keeps the incumbent */
    crg_arm_stop(0);
    c->callbacks++;
    crg_offer_start(T, c);
    double now = crg_now();
    crg_mip_event ev = crg_observe(T, c, now);
    c->last = ev;
    if (ev.report_due) c->last_report = now;
    if (c->has_deadline && now >= c->deadline) {
        c->deadline_hit = 1;
        glp_ios_terminate(T);
        return;
    }
    if (c->observer != NULL && c->observer(&ev, c->context) != 0) {
        c->observer_stop = 1;
        glp_ios_terminate(T);
    }
}
