// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/threadpriority.h"

#include <QtGlobal>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace meshgate::ThreadPriority {

#ifdef Q_OS_LINUX
namespace {
// PRIO_PROCESS with a thread id addresses that one thread on Linux (nice is per thread there).
id_t currentThreadId()
{
    return id_t(::syscall(SYS_gettid));
}
} // namespace

int niceness()
{
    errno = 0;
    const int value = ::getpriority(PRIO_PROCESS, currentThreadId());
    return errno == 0 ? value : 0;
}

bool lowerBy(int steps)
{
    const int target = std::min(19, niceness() + std::max(0, steps));
    return ::setpriority(PRIO_PROCESS, currentThreadId(), target) == 0;
}
#else
int niceness()
{
    return 0;
}

bool lowerBy(int)
{
    return false;
}
#endif

} // namespace meshgate::ThreadPriority
