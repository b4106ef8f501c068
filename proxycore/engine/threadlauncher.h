// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

class QThread;

namespace meshgate {

// Starts threads from a thread of its own, so that they get the scheduling priority the launcher
// was created with rather than their creator's.
//
// Why: on Linux a new thread inherits its creator's nice value, and an unprivileged thread can
// raise it but never lower it again. The GUI lowers its own priority so that painting the log
// yields the CPU to proxying; the engine's threads, created by the GUI thread on every (re)start,
// must not inherit that. Create the launcher before the caller lowers its priority.
class ThreadLauncher final
{
    Q_DISABLE_COPY_MOVE(ThreadLauncher)
public:
    ThreadLauncher();
    ~ThreadLauncher();

    // QThread::start() on the launcher thread; returns once the thread has been started (the
    // caller may then stop or delete it as usual). A thread creation, not a wait on the engine.
    void start(QThread *thread);

private:
    void run();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_jobs;
    bool m_stopping = false;
    std::thread m_thread; // last: starts running once the members above exist
};

} // namespace meshgate
