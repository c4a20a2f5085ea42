/*
 * Guarded wrappers around the GLPK calls the Swift module needs.
 * See CGLPKGuard.h for the contract; CRG_TRY/CRG_END are in internal.h.
 */
#include "internal.h"

#include <limits.h>
#include <string.h>

int crg_create_prob(glp_prob **out, const char *name, int maximize,
                    double constant, char *msg, size_t cap) {
    *out = NULL;
    CRG_TRY(msg, cap);
    glp_prob *P = glp_create_prob();
    glp_set_prob_name(P, name);
    glp_set_obj_name(P, "obj");
    glp_set_obj_dir(P, maximize ? GLP_MAX : GLP_MIN);
    glp_set_obj_coef(P, 0, constant);
    *out = P;
    CRG_END();
    return 0;
}

int crg_delete_prob(glp_prob *P, char *msg, size_t cap) {
    CRG_TRY(msg, cap);
    glp_delete_prob(P);
    CRG_END();
    return 0;
}

int crg_add_cols(glp_prob *P, int n, const char *names, const int *types,
                 const double *lb, const double *ub, const double *cost,
                 const int *is_integer, char *msg, size_t cap) {
    CRG_TRY(msg, cap);
    if (n > 0) {
        int first = glp_add_cols(P, n);
        const char *name = names;
        for (int k = 0; k < n; k++) {
            int j = first + k;
            glp_set_col_name(P, j, name);
            name += strlen(name) + 1;
            glp_set_col_bnds(P, j, types[k], lb[k], ub[k]);
            glp_set_obj_coef(P, j, cost[k]);
            if (is_integer[k]) glp_set_col_kind(P, j, GLP_IV);
        }
    }
    CRG_END();
    return 0;
}

int crg_add_rows(glp_prob *P, int m, const char *names, const int *types,
                 const double *lb, const double *ub, char *msg, size_t cap) {
    CRG_TRY(msg, cap);
    if (m > 0) {
        int first = glp_add_rows(P, m);
        const char *name = names;
        for (int k = 0; k < m; k++) {
            int i = first + k;
            glp_set_row_name(P, i, name);
            name += strlen(name) + 1;
            glp_set_row_bnds(P, i, types[k], lb[k], ub[k]);
        }
    }
    CRG_END();
    return 0;
}

int crg_load_matrix(glp_prob *P, int ne, const int *ia, const int *ja,
                    const double *ar, char *msg, size_t cap) {
    CRG_TRY(msg, cap);
    glp_load_matrix(P, ne, ia, ja, ar);
    CRG_END();
    return 0;
}

int crg_prepare_lp(glp_prob *P, char *msg, size_t cap) {
    CRG_TRY(msg, cap);
    glp_scale_prob(P, GLP_SF_AUTO);
    glp_adv_basis(P, 0);
    CRG_END();
    return 0;
}

int crg_simplex(glp_prob *P, const crg_lp_params *params,
                char *msg, size_t cap) {
    glp_smcp parm;
    glp_init_smcp(&parm);
    parm.msg_lev = params->msg_lev;
    parm.presolve = params->presolve ? GLP_ON : GLP_OFF;
    parm.tm_lim = params->tm_lim;
    if (params->out_frq > 0) parm.out_frq = params->out_frq;
    CRG_TRY(msg, cap);
    crg_arm_stop(1);
    int ret = glp_simplex(P, &parm);
    crg_arm_stop(0);
    CRG_END();
    return ret;
}

int crg_intopt(glp_prob *P, const crg_mip_params *params,
               crg_mip_control *control, char *msg, size_t cap) {
    glp_iocp parm;
    glp_init_iocp(&parm);
    parm.msg_lev = params->msg_lev;
    parm.presolve = params->presolve ? GLP_ON : GLP_OFF;
    parm.tm_lim = params->tm_lim;
    parm.mip_gap = params->mip_gap;
    parm.br_tech = params->br_tech;
    parm.bt_tech = params->bt_tech;
    parm.pp_tech = params->pp_tech;
    parm.mir_cuts = params->mir_cuts ? GLP_ON : GLP_OFF;
    parm.gmi_cuts = params->gmi_cuts ? GLP_ON : GLP_OFF;
    parm.cov_cuts = params->cov_cuts ? GLP_ON : GLP_OFF;
    parm.clq_cuts = params->clq_cuts ? GLP_ON : GLP_OFF;
    parm.fp_heur = params->fp_heur ? GLP_ON : GLP_OFF;
    parm.ps_heur = params->ps_heur ? GLP_ON : GLP_OFF;
    parm.ps_tm_lim = params->ps_tm_lim;
    if (control != NULL) {
        parm.cb_func = crg_mip_callback_entry;
        parm.cb_info = control;
    }
    CRG_TRY(msg, cap);
    crg_arm_stop(control != NULL);   /* until the first callback, which disarms it */
    int ret = glp_intopt(P, &parm);
    crg_arm_stop(0);
    CRG_END();
    return ret;
}

int crg_read_basic(glp_prob *P, double *obj, double *x, double *row_dual,
                   double *col_dual, char *msg, size_t cap) {
    CRG_TRY(msg, cap);
    int m = glp_get_num_rows(P), n = glp_get_num_cols(P);
    int status = glp_get_status(P);
    if (obj != NULL) *obj = glp_get_obj_val(P);
    for (int j = 1; j <= n; j++) {
        if (x != NULL) x[j - 1] = glp_get_col_prim(P, j);
        if (col_dual != NULL) col_dual[j - 1] = glp_get_col_dual(P, j);
    }
    if (row_dual != NULL)
        for (int i = 1; i <= m; i++) row_dual[i - 1] = glp_get_row_dual(P, i);
    CRG_END();
    return status;
}

int crg_read_mip(glp_prob *P, double *obj, double *x, char *msg, size_t cap) {
    CRG_TRY(msg, cap);
    int n = glp_get_num_cols(P);
    int status = glp_mip_status(P);
    if (obj != NULL) *obj = glp_mip_obj_val(P);
    if (x != NULL)
        for (int j = 1; j <= n; j++) x[j - 1] = glp_mip_col_val(P, j);
    CRG_END();
    return status;
}

int crg_write_lp(glp_prob *P, const char *fname, char *msg, size_t cap) {
    CRG_TRY(msg, cap);
    int ret = glp_write_lp(P, NULL, fname);
    CRG_END();
    return ret;
}

int crg_write_mps(glp_prob *P, const char *fname, char *msg, size_t cap) {
    CRG_TRY(msg, cap);
    int ret = glp_write_mps(P, GLP_MPS_FILE, NULL, fname);
    CRG_END();
    return ret;
}

int crg_read_mps(glp_prob *P, const char *fname, char *msg, size_t cap) {
    CRG_TRY(msg, cap);
    int ret = glp_read_mps(P, GLP_MPS_FILE, NULL, fname);
    CRG_END();
    return ret;
}

int crg_read_lp(glp_prob *P, const char *fname, char *msg, size_t cap) {
    CRG_TRY(msg, cap);
    int ret = glp_read_lp(P, NULL, fname);
    CRG_END();
    return ret;
}

void crg_get_size(glp_prob *P, int *m, int *n) {
    if (m != NULL) *m = glp_get_num_rows(P);
    if (n != NULL) *n = glp_get_num_cols(P);
}

int crg_provoke_error_for_testing(char *msg, size_t cap) {
    CRG_TRY(msg, cap);
    glp_prob *P = glp_create_prob();
    glp_add_cols(P, 1);
    /* column 5 does not exist: glp_error, caught by the hook */
    glp_set_col_bnds(P, 5, GLP_LO, 0.0, 0.0);
    glp_delete_prob(P);
    CRG_END();
    return 0;
}
