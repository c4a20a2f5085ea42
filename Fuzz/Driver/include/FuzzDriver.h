#ifndef COLDROUTE_FUZZ_DRIVER_H
#define COLDROUTE_FUZZ_DRIVER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (LLVM 11+), called from the executable's own main: SwiftPM renames an
/// executable's `main`, so libFuzzer's cannot be used directly.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
