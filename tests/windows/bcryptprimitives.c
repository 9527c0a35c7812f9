/* ProcessPrng for Wine 8, which lacks bcryptprimitives.dll: Rust's standard library (1.78 and
 * later) asks it for random bytes on Windows. Built by scripts/wine-run into the private Wine
 * prefix the Windows tests run in; never shipped. Windows 10 and later have the real one. */
#include <windows.h>
#include <bcrypt.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0) return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
