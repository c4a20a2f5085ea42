/*
 * Output capture, sessions and the error-path plumbing of CGLPKGuard.
 *
 * GLPK keeps one environment per thread (_Thread_local), so all state here
 * is thread-local too: the attached log, the session flag, the environment
 * epoch and the last two output chunks (GLPK prints an error message and
 * then "Error detected in file ..." as two separate chunks before calling
 * the error hook).
 */
#define _POSIX_C_SOURCE 200809L
#include "internal.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

struct crg_log {
    char *text;
    size_t length;
    size_t capacity;
    int truncated;
};

/** Logs stop growing beyond this size; a marker notes the truncation. */
static const size_t crg_log_limit = 8u << 20;

static _Thread_local crg_log *crg_active_log = NULL;
static _Thread_local int crg_in_session = 0;
static _Thread_local unsigned long crg_epoch = 0;

enum { crg_chunk_size = 512 };
static _Thread_local char crg_chunks[2][crg_chunk_size];
static _Thread_local int crg_chunk_last = 0;

crg_log *crg_log_create(void) {
    crg_log *log = calloc(1, sizeof *log);
    if (log == NULL) return NULL;
    log->capacity = 4096;
    log->text = malloc(log->capacity);
    if (log->text == NULL) { free(log); return NULL; }
    log->text[0] = '\0';
    return log;
}

void crg_log_destroy(crg_log *log) {
    if (log == NULL) return;
    free(log->text);
    free(log);
}

const char *crg_log_text(const crg_log *log) {
    return (log == NULL || log->text == NULL) ? "" : log->text;
}

static void crg_log_append(crg_log *log, const char *s) {
    if (log == NULL || log->truncated) return;
    size_t n = strlen(s);
    if (log->length + n + 1 > crg_log_limit) {
        static const char marker[] = "\n[log truncated]\n";
        if (log->length + sizeof marker <= log->capacity) {
            memcpy(log->text + log->length, marker, sizeof marker);
            log->length += sizeof marker - 1;
        }
        log->truncated = 1;
        return;
    }
    if (log->length + n + 1 > log->capacity) {
        size_t capacity = log->capacity;
        while (log->length + n + 1 > capacity) capacity *= 2;
        if (capacity > crg_log_limit) capacity = crg_log_limit;
        char *grown = realloc(log->text, capacity);
        if (grown == NULL) { log->truncated = 1; return; }
        log->text = grown;
        log->capacity = capacity;
    }
    memcpy(log->text + log->length, s, n + 1);
    log->length += n;
}

static _Thread_local crg_stop_poll crg_poll = NULL;
static _Thread_local void *crg_poll_context = NULL;
static _Thread_local int crg_poll_armed = 0;
static _Thread_local int crg_stop_jumped = 0;
static _Thread_local crg_jump *crg_current_jump = NULL;

void crg_set_stop_poll(crg_stop_poll poll, void *context) {
    crg_poll = poll;
    crg_poll_context = context;
    crg_poll_armed = 0;
}

void crg_arm_stop(int armed) {
    crg_poll_armed = armed && crg_poll != NULL;
}

void crg_set_jump(crg_jump *jump) {
    crg_current_jump = jump;
}

/**
 * Term hook: keeps the text and returns 1 so GLPK prints nothing. When armed
 * and the stop poll says stop, jumps back to the guarded call (only C and
 * GLPK frames lie between; the poll has returned).
 */
static int crg_term_hook(void *info, const char *s) {
    (void)info;
    crg_chunk_last ^= 1;
    strncpy(crg_chunks[crg_chunk_last], s, crg_chunk_size - 1);
    crg_chunks[crg_chunk_last][crg_chunk_size - 1] = '\0';
    crg_log_append(crg_active_log, s);
    if (crg_poll_armed && crg_current_jump != NULL && crg_poll(crg_poll_context) != 0) {
        crg_poll_armed = 0;
        crg_stop_jumped = 1;
        longjmp(crg_current_jump->env, 1);
    }
    return 1;
}

void crg_install_term_hook(void) {
    glp_term_hook(crg_term_hook, NULL);
}

void crg_error_hook(void *info) {
    crg_jump *jump = info;
    longjmp(jump->env, 1);
}

static void crg_copy_message(char *msg, size_t cap) {
    if (msg == NULL || cap == 0) return;
    /* the message chunk precedes the "Error detected in file" chunk */
    const char *first = crg_chunks[crg_chunk_last ^ 1];
    const char *second = crg_chunks[crg_chunk_last];
    size_t used = 0;
    const char *parts[2] = { first, second };
    for (int k = 0; k < 2; k++) {
        for (const char *p = parts[k]; *p != '\0' && used + 1 < cap; p++)
            msg[used++] = *p;
    }
    while (used > 0 && (msg[used - 1] == '\n' || msg[used - 1] == ' '))
        used--;
    msg[used] = '\0';
}

int crg_caught(char *msg, size_t cap) {
    int stopped = crg_stop_jumped;
    crg_stop_jumped = 0;
    crg_poll_armed = 0;
    crg_current_jump = NULL;
    if (stopped) {
        if (msg != NULL && cap > 0) {
            strncpy(msg, "stopped on request", cap - 1);
            msg[cap - 1] = '\0';
        }
    } else {
        crg_copy_message(msg, cap);
    }
    crg_chunks[0][0] = crg_chunks[1][0] = '\0';
    glp_free_env();
    crg_epoch++;
    return stopped ? CRG_STOPPED : CRG_CAUGHT;
}

int crg_session_begin(crg_log *log) {
    if (crg_in_session) return -1;
    crg_in_session = 1;
    crg_active_log = log;
    crg_chunks[0][0] = crg_chunks[1][0] = '\0';
    crg_install_term_hook();
    return 0;
}

void crg_session_end(void) {
    /* freeing the environment also drops both hooks */
    glp_free_env();
    crg_epoch++;
    crg_active_log = NULL;
    crg_in_session = 0;
}

unsigned long crg_env_epoch(void) {
    return crg_epoch;
}

double crg_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}
