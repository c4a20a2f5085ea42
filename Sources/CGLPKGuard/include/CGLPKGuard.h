/*
 * CGLPKGuard: a thin C layer that makes GLPK safe to call from Swift.
 *
 * GLPK reports invalid arguments through glp_error, which prints a message
 * and calls abort(). The only way out is an error hook that longjmps, and
 * Swift cannot call setjmp. Every crg_* function below that takes
 * (msg, cap) therefore:
 *   1. sets a jmp_buf in its own C frame and installs glp_error_hook,
 *   2. calls GLPK,
 *   3. removes the hook and returns GLPK's own result, or
 *   4. on a caught error, frees this thread's GLPK environment
 *      (glp_free_env, which deletes every problem object of the thread),
 *      copies GLPK's message into msg and returns CRG_CAUGHT.
 * The longjmp only ever crosses C and GLPK frames: the branch-and-cut
 * callback is C (crg_mip_callback) and calls Swift only through an
 * observer that never calls GLPK.
 *
 * All terminal output of GLPK is swallowed by a term hook and appended to
 * the crg_log attached to the thread, so nothing is ever printed.
 *
 * Arrays are 0-based unless the comment says otherwise. This header does
 * not include <glpk.h>, so Swift sees the problem object as an opaque
 * pointer only.
 */
#ifndef CGLPKGUARD_H
#define CGLPKGUARD_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

struct glp_prob;
struct glp_tree;

/** Returned by a guarded call when GLPK raised an error (see above). */
#define CRG_CAUGHT (-1)

/**
 * Returned by a guarded crg_simplex or crg_intopt that a stop request ended
 * (see crg_set_stop_poll). As after CRG_CAUGHT, the thread's GLPK
 * environment has been freed, with every problem object in it.
 */
#define CRG_STOPPED (-2)

/** Asked whether to stop; returns nonzero to stop. Must not call GLPK. */
typedef int (*crg_stop_poll)(void *context);

/**
 * Sets this thread's stop poll (NULL clears it). While crg_simplex runs, and
 * crg_intopt until its first branch-and-cut callback (from then on the
 * callback's observer stops the search and keeps the incumbent), the term
 * hook calls `poll` at every chunk of GLPK output; when it says stop, the
 * hook longjmps out of GLPK like an error and the call returns CRG_STOPPED.
 * GLPK's simplex prints a progress line every out_frq milliseconds, so a
 * stop is seen that often (every 5 s in glp_intopt's own root LP, whose
 * out_frq cannot be set); presolve and scaling print nothing between steps.
 */
void crg_set_stop_poll(crg_stop_poll poll, void *context);

/* ---------------------------------------------------------------- log */

/** A growable text buffer receiving GLPK's terminal output. */
typedef struct crg_log crg_log;

crg_log *crg_log_create(void);
void crg_log_destroy(crg_log *log);
/** NUL-terminated text captured so far (never NULL). */
const char *crg_log_text(const crg_log *log);

/* ------------------------------------------------------------ session */

/**
 * Starts a session on the calling thread: attaches `log` (may be NULL) and
 * installs the term hook. Returns 0, or -1 if a session is already active
 * on this thread (re-entrant use, e.g. from a progress callback).
 */
int crg_session_begin(crg_log *log);

/** Ends the session and frees this thread's GLPK environment. */
void crg_session_end(void);

/**
 * Counter bumped whenever this thread's GLPK environment is freed. A
 * problem object is valid only while the epoch it was created in lasts.
 */
unsigned long crg_env_epoch(void);

/** Seconds on a monotonic clock (CLOCK_MONOTONIC). */
double crg_now(void);

/* ------------------------------------------------------ problem setup */

/** Creates a problem object: dir 1 = maximize, 0 = minimize. */
int crg_create_prob(struct glp_prob **out, const char *name, int maximize,
                    double constant, char *msg, size_t cap);

/** Deletes a problem object (guarded). */
int crg_delete_prob(struct glp_prob *P, char *msg, size_t cap);

/**
 * Adds n columns. `names` holds n NUL-terminated names back to back.
 * `types` are GLPK bound types (GLP_FR, GLP_LO, ...); `is_integer` 0/1.
 */
int crg_add_cols(struct glp_prob *P, int n, const char *names,
                 const int *types, const double *lb, const double *ub,
                 const double *cost, const int *is_integer,
                 char *msg, size_t cap);

/** Adds m rows; arguments as for crg_add_cols. */
int crg_add_rows(struct glp_prob *P, int m, const char *names,
                 const int *types, const double *lb, const double *ub,
                 char *msg, size_t cap);

/** glp_load_matrix; ia/ja/ar are 1-based as in GLPK (element 0 unused). */
int crg_load_matrix(struct glp_prob *P, int ne, const int *ia,
                    const int *ja, const double *ar, char *msg, size_t cap);

/* ------------------------------------------------------------ solving */

typedef struct crg_lp_params {
    int presolve;   /* 0/1: GLPK's LP presolver */
    int tm_lim;     /* milliseconds, >= 1; INT_MAX for none */
    int msg_lev;    /* GLP_MSG_* */
    int out_frq;    /* milliseconds between progress lines, >= 1 */
} crg_lp_params;

/** Scales the problem and builds an advanced initial basis. */
int crg_prepare_lp(struct glp_prob *P, char *msg, size_t cap);

/** glp_simplex; returns its return code (0, GLP_ETMLIM, ...). */
int crg_simplex(struct glp_prob *P, const crg_lp_params *params,
                char *msg, size_t cap);

/** State of the branch-and-cut search seen by the callback. */
typedef struct crg_mip_event {
    int reason;            /* GLP_I* reason code of this callback */
    int has_incumbent;
    double incumbent;      /* objective of the best integer solution */
    int has_bound;
    double bound;          /* best local bound of the active nodes */
    double gap;            /* glp_ios_mip_gap; DBL_MAX without incumbent */
    int nodes_total;       /* nodes created so far (t_cnt) */
    int nodes_active;      /* active nodes (a_cnt) */
    double elapsed;        /* seconds since control->t_start */
    int new_incumbent;     /* the incumbent improved since last callback */
    int report_due;        /* report interval passed or new incumbent */
} crg_mip_event;

/** Called at every callback; return non-zero to stop the search. */
typedef int (*crg_mip_observer)(const crg_mip_event *event, void *context);

/** Inputs and outputs of crg_mip_callback (pass as glp_iocp.cb_info). */
typedef struct crg_mip_control {
    /* inputs */
    double t_start;          /* crg_now() when the solve began */
    int has_deadline;
    double deadline;         /* crg_now() value at which to terminate */
    double report_interval;  /* seconds between periodic reports */
    const double *start_x;   /* 1-based start_x[1..start_n], or NULL */
    int start_n;
    crg_mip_observer observer;  /* may be NULL */
    void *context;
    /* outputs */
    int deadline_hit;        /* terminated because of the deadline */
    int observer_stop;       /* terminated because the observer asked */
    int start_result;        /* 0 not offered, 1 accepted, 2 rejected,
                                3 column count differs (presolved tree) */
    int callbacks;           /* number of callback invocations */
    crg_mip_event last;      /* state at the last callback */
    double last_report;      /* crg_now() of the last report */
} crg_mip_control;

typedef struct crg_mip_params {
    int presolve;          /* 0/1: GLPK's MIP presolver */
    int tm_lim;            /* milliseconds, >= 1; INT_MAX for none */
    double mip_gap;        /* >= 0 */
    int msg_lev;           /* GLP_MSG_* */
    int br_tech;           /* GLP_BR_* branching rule */
    int bt_tech;           /* GLP_BT_* backtracking rule */
    int pp_tech;           /* GLP_PP_* preprocessing */
    int mir_cuts;          /* 0/1: mixed-integer rounding cuts */
    int gmi_cuts;          /* 0/1: Gomory mixed-integer cuts */
    int cov_cuts;          /* 0/1: mixed cover cuts */
    int clq_cuts;          /* 0/1: clique cuts */
    int fp_heur;           /* 0/1: feasibility pump */
    int ps_heur;           /* 0/1: proximity search */
    int ps_tm_lim;         /* proximity search time limit, ms (>= 1) */
} crg_mip_params;

/** glp_intopt with crg_mip_callback and `control` (may be NULL). */
int crg_intopt(struct glp_prob *P, const crg_mip_params *params,
               crg_mip_control *control, char *msg, size_t cap);

/* ----------------------------------------------------------- solution */

/**
 * Copies the basic solution: *obj, x[n] primal column values, row_dual[m]
 * and col_dual[n] (each may be NULL). Returns glp_get_status.
 */
int crg_read_basic(struct glp_prob *P, double *obj, double *x,
                   double *row_dual, double *col_dual, char *msg, size_t cap);

/** Copies the MIP solution (*obj, x[n]); returns glp_mip_status. */
int crg_read_mip(struct glp_prob *P, double *obj, double *x,
                 char *msg, size_t cap);

/* -------------------------------------------------------------- files */

/** glp_write_lp (CPLEX LP); returns 0 or GLPK's non-zero code. */
int crg_write_lp(struct glp_prob *P, const char *fname, char *msg, size_t cap);
/** glp_write_mps in free MPS format (GLP_MPS_FILE). */
int crg_write_mps(struct glp_prob *P, const char *fname, char *msg, size_t cap);
/** glp_read_mps (free MPS) into P, which must be empty. */
int crg_read_mps(struct glp_prob *P, const char *fname, char *msg, size_t cap);
/** glp_read_lp (CPLEX LP) into P, which must be empty. */
int crg_read_lp(struct glp_prob *P, const char *fname, char *msg, size_t cap);

/** Number of rows and columns of P. */
void crg_get_size(struct glp_prob *P, int *m, int *n);

/* ------------------------------------------------------------ testing */

/**
 * Makes a genuinely invalid GLPK call (a column index out of range) under
 * the guard, to prove that the error is caught. Returns CRG_CAUGHT.
 */
int crg_provoke_error_for_testing(char *msg, size_t cap);

#ifdef __cplusplus
}
#endif

#endif /* CGLPKGUARD_H */
