// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/threadlauncher.h"

#include <QThread>

#include <future>
#include <memory>

#ifdef Q_OS_LINUX
#include <pthread.h>
#endif

namespace meshgate {

ThreadLauncher::ThreadLauncher()
    : m_thread([this] { run(); })
{
}

ThreadLauncher::~ThreadLauncher()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void ThreadLauncher::start(QThread *thread)
{
    // The job owns the task (and so the promise): the caller may return and drop its future
    // while the launcher thread is still inside set_value.
    auto task = std::make_shared<std::packaged_task<void()>>([thread] { thread->start(); });
    std::future<void> started = task->get_future();
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping) {
            thread->start(); // too late for the launcher: the thread still runs, at our priority
            return;
        }
        m_jobs.push_back([task] { (*task)(); });
    }
    m_wake.notify_one();
    started.wait();
}

void ThreadLauncher::run()
{
#ifdef Q_OS_LINUX
    pthread_setname_np(pthread_self(), "meshgate-launch"); // 15 characters: the limit
#endif
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
        // Jobs queued before the destructor ran still start their thread: a caller waits on them.
        while (!m_jobs.empty()) {
            std::function<void()> job = std::move(m_jobs.front());
            m_jobs.pop_front();
            lock.unlock();
            job();
            lock.lock();
        }
        if (m_stopping)
            return;
    }
}

} // namespace meshgate
