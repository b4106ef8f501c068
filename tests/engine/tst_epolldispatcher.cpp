// SPDX-License-Identifier: GPL-3.0-or-later
// The worker threads' event dispatcher: everything the engine relies on, on a real thread.
#include "engine/epolldispatcher.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QSocketNotifier>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <memory>

#include <sys/socket.h>
#include <unistd.h>

using namespace meshgate;

namespace {

// Runs `f` on a thread that uses the epoll dispatcher and waits for it to call done().
struct EpollThread
{
    QThread thread;
    QObject *context = nullptr;
    EpollThread()
    {
        thread.setEventDispatcher(new EpollEventDispatcher);
        thread.start();
        context = new QObject;
        context->moveToThread(&thread);
    }
    ~EpollThread()
    {
        QMetaObject::invokeMethod(context, [c = context] { delete c; }, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    }
    template<typename F>
    void run(F f)
    {
        QMetaObject::invokeMethod(context, f, Qt::QueuedConnection);
    }
};

} // namespace

class TestEpollDispatcher : public QObject
{
    Q_OBJECT
private slots:
    void threadUsesIt()
    {
        EpollThread t;
        QSemaphore done;
        bool isEpoll = false;
        t.run([&] {
            isEpoll = qobject_cast<EpollEventDispatcher *>(QAbstractEventDispatcher::instance()) != nullptr;
            done.release();
        });
        QVERIFY(done.tryAcquire(1, 5000)); // queued calls from another thread wake it up
        QVERIFY(isEpoll);
    }

    void socketNotifiersFireAndCanBeDeletedInTheirOwnHandler()
    {
        int fds[2];
        QVERIFY(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, fds) == 0);
        EpollThread t;
        QSemaphore done;
        QByteArray received;
        int writableSeen = 0;
        t.run([&] {
            auto *reader = new QSocketNotifier(fds[0], QSocketNotifier::Read);
            QObject::connect(reader, &QSocketNotifier::activated, [&, reader] {
                char buf[64];
                const ssize_t n = ::read(fds[0], buf, sizeof(buf));
                if (n > 0)
                    received.append(buf, n);
                if (received == "ping") {
                    delete reader; // deleting the notifier inside its activation must be safe
                    done.release();
                }
            });
            auto *writer = new QSocketNotifier(fds[1], QSocketNotifier::Write);
            QObject::connect(writer, &QSocketNotifier::activated, [&, writer] {
                ++writableSeen;
                writer->setEnabled(false); // level-triggered: disabled means no more events
                [[maybe_unused]] ssize_t w = ::write(fds[1], "ping", 4);
                writer->deleteLater(); // gone with the thread's last events (ASan's leak check)
            });
        });
        QVERIFY(done.tryAcquire(1, 5000));
        QCOMPARE(received, QByteArray("ping"));
        QCOMPARE(writableSeen, 1);
        ::close(fds[0]);
        ::close(fds[1]);
    }

    void timersSingleShotRepeatingAndStopped()
    {
        EpollThread t;
        QSemaphore done;
        int ticks = 0;
        bool stoppedFired = false;
        qint64 singleShotMs = -1;
        t.run([&] {
            auto *clock = new QElapsedTimer;
            clock->start();
            QTimer::singleShot(50, [&, clock] {
                singleShotMs = clock->elapsed();
                delete clock;
            });
            auto *repeating = new QTimer;
            repeating->setInterval(10);
            QObject::connect(repeating, &QTimer::timeout, [&, repeating] {
                if (++ticks == 5) {
                    repeating->stop(); // stopping from inside the handler
                    repeating->deleteLater();
                    done.release();
                }
            });
            repeating->start();
            auto *never = new QTimer;
            never->setSingleShot(true);
            QObject::connect(never, &QTimer::timeout, [&] { stoppedFired = true; });
            never->start(20);
            never->stop();
            never->deleteLater();
        });
        QVERIFY(done.tryAcquire(1, 5000));
        QTRY_VERIFY_WITH_TIMEOUT(singleShotMs >= 0, 5000);
        QCOMPARE(ticks, 5);
        QVERIFY(singleShotMs >= 45); // never early
        QVERIFY(!stoppedFired);
    }

    void timersNeverFireEarly()
    {
        // Route and connect timeouts are logged as durations: a 20 ms timer that fires after
        // 19.4 ms shows up as a 19 ms timeout. Start timers at many sub-millisecond phases.
        EpollThread t;
        QSemaphore done;
        constexpr int kTimers = 40;
        std::vector<qint64> elapsedNs(kTimers, -1);
        t.run([&] {
            for (int i = 0; i < kTimers; ++i) {
                QElapsedTimer spin; // move the start to a new phase within the millisecond
                spin.start();
                while (spin.nsecsElapsed() < 137'000) {
                }
                auto *clock = new QElapsedTimer;
                clock->start();
                QTimer::singleShot(20, Qt::PreciseTimer, [&, i, clock] {
                    elapsedNs[i] = clock->nsecsElapsed();
                    delete clock;
                    if (std::count(elapsedNs.begin(), elapsedNs.end(), -1) == 0)
                        done.release();
                });
            }
        });
        QVERIFY(done.tryAcquire(1, 5000));
        for (int i = 0; i < kTimers; ++i)
            QVERIFY2(elapsedNs[i] >= 20'000'000, qPrintable(QStringLiteral("timer %1 fired after %2 ns").arg(i).arg(elapsedNs[i])));
    }

    void directHandlersMayCloseEachOther()
    {
        // Sockets on worker threads get readiness as direct calls. Two descriptors readable in
        // the same wake-up, and the first handler closes both (a session closing its upstream):
        // the second must not be called and the dispatcher must not touch the freed handler
        // (ASan build). Before that, interest in writability is reported once asked for.
        struct Handler final : DescriptorHandler
        {
            EpollEventDispatcher *dispatcher = nullptr;
            int fd = -1;
            Handler *other = nullptr;
            int *reads = nullptr;
            int *writes = nullptr;
            void descriptorReadable() override
            {
                ++*reads;
                Handler *o = other;
                for (Handler *h : {this, o}) {
                    dispatcher->watch(h->fd, nullptr, false, false);
                    ::close(h->fd);
                }
                delete o;
                delete this;
            }
            void descriptorWritable() override
            {
                ++*writes;
                dispatcher->watch(fd, this, true, false); // now only reading
            }
        };
        int a[2], b[2];
        QVERIFY(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, a) == 0);
        QVERIFY(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, b) == 0);
        EpollThread t;
        QSemaphore done;
        int reads = 0, writes = 0, registeredAfter = -1;
        t.run([&] {
            auto *d = EpollEventDispatcher::forCurrentThread();
            auto *ha = new Handler;
            auto *hb = new Handler;
            ha->dispatcher = hb->dispatcher = d;
            ha->fd = a[0];
            hb->fd = b[0];
            ha->other = hb;
            hb->other = ha;
            ha->reads = hb->reads = &reads;
            ha->writes = hb->writes = &writes;
            const int before = d->registeredSocketCount();
            d->watch(a[0], ha, false, true);
            d->watch(b[0], hb, true, false);
            QTimer::singleShot(30, [&, d, before] {
                // Both become readable before the thread waits again: one wake-up reports both.
                QCOMPARE(::write(a[1], "x", 1), 1);
                QCOMPARE(::write(b[1], "y", 1), 1);
                QTimer::singleShot(30, [&, d, before] {
                    registeredAfter = d->registeredSocketCount() - before;
                    done.release();
                });
            });
        });
        QVERIFY(done.tryAcquire(1, 5000));
        QCOMPARE(writes, 1);
        QCOMPARE(reads, 1);
        QCOMPARE(registeredAfter, 0); // both forgotten
        ::close(a[1]);
        ::close(b[1]);
    }

    void directHandlersKeepLevelTriggeredSemantics()
    {
        // Handler descriptors are edge-triggered underneath. A reader that takes one byte per
        // call must still be called until it has all ten, with no new data arriving; and data
        // that arrives while reading is off must be offered once reading is back on.
        struct Reader final : DescriptorHandler
        {
            EpollEventDispatcher *dispatcher = nullptr;
            int fd = -1;
            QByteArray got;
            int calls = 0;
            void descriptorReadable() override
            {
                ++calls;
                char c;
                const ssize_t n = ::read(fd, &c, 1);
                if (n == 1)
                    got.append(c);
                else
                    dispatcher->markDrained(fd); // EAGAIN: nothing until the next edge
            }
            void descriptorWritable() override {}
        };
        int p[2];
        QVERIFY(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, p) == 0);
        EpollThread t;
        QSemaphore done;
        Reader reader;
        reader.fd = p[0];
        QByteArray afterFirstBurst;
        t.run([&] {
            reader.dispatcher = EpollEventDispatcher::forCurrentThread();
            QCOMPARE(::write(p[1], "0123456789", 10), 10);
            reader.dispatcher->watch(p[0], &reader, true, false);
            QTimer::singleShot(100, [&] {
                afterFirstBurst = reader.got;
                reader.dispatcher->watch(p[0], &reader, false, false); // reading off...
                reader.dispatcher->watch(p[0], &reader, false, true);  // ...but still registered
                QCOMPARE(::write(p[1], "abc", 3), 3);
                QTimer::singleShot(50, [&] {
                    reader.dispatcher->watch(p[0], &reader, true, false); // back on: no new edge
                    QTimer::singleShot(100, [&] {
                        reader.dispatcher->watch(p[0], nullptr, false, false);
                        done.release();
                    });
                });
            });
        });
        QVERIFY(done.tryAcquire(1, 5000));
        QCOMPARE(afterFirstBurst, QByteArray("0123456789"));
        QCOMPARE(reader.got, QByteArray("0123456789abc"));
        ::close(p[0]);
        ::close(p[1]);
    }

    void thousandsOfTimersRestartedAndStopped()
    {
        // What 5,000 keep-alive connections do to it: each has a headers timeout that every
        // request stops and starts again. Only the timers still running fire, in due order,
        // each once, and restarting a timer moves its due time (it does not fire at the old one).
        EpollThread t;
        QSemaphore done;
        constexpr int kTimers = 3000;
        std::vector<int> firedOrder;
        std::vector<std::unique_ptr<QTimer>> timers;
        int expected = 0;
        t.run([&] {
            for (int i = 0; i < kTimers; ++i) {
                auto timer = std::make_unique<QTimer>();
                timer->setSingleShot(true);
                QObject::connect(timer.get(), &QTimer::timeout, [&, i] {
                    firedOrder.push_back(i);
                    if (int(firedOrder.size()) == expected)
                        QTimer::singleShot(100, [&] { done.release(); }); // room for strays
                });
                // Descending intervals: the last started is due first.
                timer->start(1000 - (i % 200));
                timers.push_back(std::move(timer));
            }
            for (int i = 0; i < kTimers; ++i) {
                if (i % 3 == 0)
                    timers[size_t(i)]->stop();
                else if (i % 3 == 1)
                    timers[size_t(i)]->start(50 + (i % 100)); // restarted sooner
            }
            expected = kTimers - (kTimers + 2) / 3;
        });
        QVERIFY(done.tryAcquire(1, 10000));
        QCOMPARE(int(firedOrder.size()), expected);
        std::vector<int> sorted = firedOrder;
        std::sort(sorted.begin(), sorted.end());
        QVERIFY(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end()); // each once
        for (int i : firedOrder)
            QVERIFY2(i % 3 != 0, qPrintable(QStringLiteral("stopped timer %1 fired").arg(i)));
        // All restarted ones (due within 150 ms of their restart) fire before any of the untouched
        // (due after 800 ms or more): a margin for slow (sanitized, loaded) set-up of 3,000 timers.
        const auto firstUntouched = std::find_if(firedOrder.begin(), firedOrder.end(), [](int i) { return i % 3 == 2; });
        QVERIFY(std::all_of(firstUntouched, firedOrder.end(), [](int i) { return i % 3 == 2; }));
        QMetaObject::invokeMethod(t.context, [&] { timers.clear(); }, Qt::BlockingQueuedConnection);
    }

    void thousandsOfDescriptors()
    {
        // The reason it exists: many registered sockets, few active ones.
        constexpr int pairs = 2000;
        std::vector<std::array<int, 2>> fds(pairs);
        for (auto &p : fds)
            QVERIFY(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, p.data()) == 0);
        EpollThread t;
        QSemaphore done;
        int activations = 0;
        t.run([&] {
            for (int i = 0; i < pairs; ++i) {
                auto *n = new QSocketNotifier(fds[size_t(i)][0], QSocketNotifier::Read, t.context);
                QObject::connect(n, &QSocketNotifier::activated, [&, i] {
                    char c;
                    while (::read(fds[size_t(i)][0], &c, 1) == 1) {
                    }
                    if (++activations == 100)
                        done.release();
                });
            }
            for (int i = 0; i < pairs; i += pairs / 100)
                [[maybe_unused]] ssize_t w = ::write(fds[size_t(i)][1], "x", 1);
        });
        QVERIFY(done.tryAcquire(1, 10000));
        QCOMPARE(activations, 100);
        t.run([&] { qDeleteAll(t.context->children()); done.release(); });
        QVERIFY(done.tryAcquire(1, 5000));
        for (auto &p : fds) {
            ::close(p[0]);
            ::close(p[1]);
        }
    }
};

QTEST_GUILESS_MAIN(TestEpollDispatcher)
#include "tst_epolldispatcher.moc"
