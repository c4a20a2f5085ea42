/* Private declarations shared by the CGLPKGuard C files. */
#ifndef CRG_INTERNAL_H
#define CRG_INTERNAL_H

#include <setjmp.h>
#include <stddef.h>
#include <glpk.h>
#include "CGLPKGuard.h"

/** The jump target of one guarded call; lives in that call's C frame. */
typedef struct crg_jump {
    jmp_buf env;
} crg_jump;

/** The glp_iocp.cb_func used by crg_intopt; info is a crg_mip_control. */
void crg_mip_callback_entry(glp_tree *T, void *info);

/** Error hook: jumps back to the guarded call that installed it. */
void crg_error_hook(void *info);

/** Installs the term hook (swallows output into the session log). */
void crg_install_term_hook(void);

/** Sets the jump target the term hook uses for a stop (NULL: none). */
void crg_set_jump(crg_jump *jump);

/** Lets the term hook stop the running call (1) or not (0); see crg_set_stop_poll. */
void crg_arm_stop(int armed);

/**
 * Called after a caught error or stop: copies GLPK's last message into msg, frees
 * the thread's GLPK environment and bumps the epoch. Returns CRG_CAUGHT, or
 * CRG_STOPPED when the term hook jumped for a stop request.
 */
int crg_caught(char *msg, size_t cap);

/*
 * Guarded-call bracket. CRG_TRY must be used in the function whose frame
 * stays alive for the whole GLPK call; no local variable is modified
 * between setjmp and a possible longjmp, so none needs to be volatile.
 */
#define CRG_TRY(msg, cap)                                   \
    crg_jump crg_jump_;                                     \
    crg_install_term_hook();                                \
    if (setjmp(crg_jump_.env) != 0)                         \
        return crg_caught((msg), (cap));                    \
    glp_error_hook(crg_error_hook, &crg_jump_);             \
    crg_set_jump(&crg_jump_)

#define CRG_END() (glp_error_hook(NULL, NULL), crg_set_jump(NULL))

#endif /* CRG_INTERNAL_H */
