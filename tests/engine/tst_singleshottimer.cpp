// SPDX-License-Identifier: GPL-3.0-or-later
// SingleShotTimer: the route, connect, request-headers and linger deadlines of every HTTP
// session. A timer that fires twice, late, or into the wrong handler cuts requests short or
// leaves connections open, so each of those is checked here, on Qt's own dispatcher and on the
// engine's epoll dispatcher.
#include "engine/epolldispatcher.h"
#include "engine/singleshottimer.h"

#include <QElapsedTimer>
#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace meshgate;
using namespace std::chrono_literals;

namespace {

class TimerOwner final : public QObject
{
public:
    SingleShotTimer first{*this};
    SingleShotTimer second{*this, Qt::PreciseTimer};
    QList<QByteArray> fired; // in firing order
    QList<qint64> firedAtMs;
    QElapsedTimer clock;
    int restartsLeft = 0;
    int otherTimerEvents = 0;
    int otherTimerId = 0;
    int allTimerEvents = 0; // a timer left running underneath would show here

    TimerOwner() { clock.start(); }

protected:
    void timerEvent(QTimerEvent *event) override
    {
        ++allTimerEvents;
        if (first.fired(event)) {
            fired.append("first");
            firedAtMs.append(clock.elapsed());
            if (restartsLeft > 0) {
                --restartsLeft;
                first.start(10ms);
            }
        } else if (second.fired(event)) {
            fired.append("second");
            firedAtMs.append(clock.elapsed());
        } else if (event->timerId() == otherTimerId) {
            ++otherTimerEvents;
        }
    }
};

} // namespace

class TestSingleShotTimer : public QObject
{
    Q_OBJECT
private slots:
    // The route and connect deadlines are precise timers: a timeout the user set must not end a
    // request early. The others are coarse, which Qt lets fire up to 5 % early (CI saw 192 ms
    // for 200 ms), so each kind is held to its own promise.
    void firesOnceNotEarly_data()
    {
        QTest::addColumn<bool>("precise");
        QTest::newRow("precise") << true;
        QTest::newRow("coarse") << false;
    }
    void firesOnceNotEarly()
    {
        QFETCH(bool, precise);
        TimerOwner owner;
        SingleShotTimer &timer = precise ? owner.second : owner.first;
        const qint64 startedAtMs = owner.clock.elapsed();
        timer.start(100ms);
        QVERIFY(timer.isActive());
        QTRY_COMPARE_WITH_TIMEOUT(owner.fired.size(), 1, 2000);
        const qint64 tookMs = owner.firedAtMs.front() - startedAtMs;
        // Both stamps are whole milliseconds, so a coarse timer 5 % early (95.0 ms) can read 94
        // (a clean-clone run saw exactly that).
        QVERIFY2(tookMs >= (precise ? 100 : 94), QByteArray::number(tookMs).constData());
        QVERIFY(!timer.isActive());
        QTest::qWait(250);
        QCOMPARE(owner.fired.size(), 1); // single shot
        QCOMPARE(owner.allTimerEvents, 1);
    }

    void restartMovesTheDeadline()
    {
        TimerOwner owner;
        owner.second.start(1000ms);
        QTest::qWait(50);
        const qint64 restartedAtMs = owner.clock.elapsed();
        owner.second.start(200ms); // as a new request re-arms its session's route timer
        QTRY_COMPARE_WITH_TIMEOUT(owner.fired.size(), 1, 5000);
        QVERIFY2(owner.firedAtMs.front() >= restartedAtMs + 200,
                 QByteArray::number(owner.firedAtMs.front() - restartedAtMs).constData());
        // The first deadline is gone, not just ignored: nothing comes when it passes.
        QTRY_VERIFY_WITH_TIMEOUT(owner.clock.elapsed() > 1200, 5000);
        QCOMPARE(owner.fired.size(), 1);
        QCOMPARE(owner.allTimerEvents, 1);
    }

    void stopCancels()
    {
        TimerOwner owner;
        owner.first.start(30ms);
        owner.first.stop();
        QVERIFY(!owner.first.isActive());
        owner.first.stop(); // stopping a stopped timer is harmless
        QTest::qWait(120);
        QVERIFY(owner.fired.isEmpty());
        QCOMPARE(owner.allTimerEvents, 0);
    }

    void eachTimerReachesItsOwnHandler()
    {
        TimerOwner owner;
        owner.otherTimerId = owner.startTimer(20ms); // the owner's own timer is not taken for one of them
        owner.second.start(40ms);
        owner.first.start(120ms);
        QTRY_COMPARE_WITH_TIMEOUT(owner.fired.size(), 2, 2000);
        QCOMPARE(owner.fired, (QList<QByteArray>{"second", "first"}));
        QVERIFY(owner.otherTimerEvents >= 2);
        owner.killTimer(owner.otherTimerId);
    }

    void handlerMayStartItAgain()
    {
        TimerOwner owner;
        owner.restartsLeft = 2;
        owner.first.start(10ms);
        QTRY_COMPARE_WITH_TIMEOUT(owner.fired.size(), 3, 2000);
        QTest::qWait(80);
        QCOMPARE(owner.fired.size(), 3);
        QVERIFY(!owner.first.isActive());
    }

    void ownerDeletedWhileRunning()
    {
        auto *owner = new TimerOwner;
        owner->first.start(20ms);
        owner->second.start(20ms);
        delete owner; // a session closed with deadlines pending
        QTest::qWait(80); // nothing may fire into the deleted object (ASan/valgrind would say so)
    }

    void worksOnTheEnginesDispatcher()
    {
        QThread thread;
        thread.setEventDispatcher(new EpollEventDispatcher);
        thread.start();
        QSemaphore done;
        QList<QByteArray> fired;
        qint64 firedAtMs = -1;
        auto *context = new QObject;
        context->moveToThread(&thread);
        QMetaObject::invokeMethod(context, [&] {
            auto *owner = new TimerOwner;
            owner->second.start(300ms);
            owner->first.start(40ms);
            owner->second.stop(); // as a response that arrived before the route timeout
            // Look again after both deadlines have passed.
            QTimer::singleShot(400, context, [&, owner] {
                fired = owner->fired;
                firedAtMs = owner->firedAtMs.value(0, -1);
                delete owner;
                done.release();
            });
        });
        QVERIFY(done.tryAcquire(1, 5000));
        QCOMPARE(fired, QList<QByteArray>{"first"});
        QVERIFY2(firedAtMs >= 40, QByteArray::number(firedAtMs).constData());
        QMetaObject::invokeMethod(context, [context] { delete context; }, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    }
};

QTEST_GUILESS_MAIN(TestSingleShotTimer)
#include "tst_singleshottimer.moc"
