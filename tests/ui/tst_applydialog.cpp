// SPDX-License-Identifier: GPL-3.0-or-later
// The Apply preview: three lines of context rarely show which resource a change is in, so each
// run of changes is headed by its resource and the summary names every changed resource.
#include "apply/applydialog.h"
#include "config/configexporter.h"
#include "config/configloader.h"
#include "testpaths.h"

#include <QFile>
#include <QPixmap>
#include <QTest>

using namespace meshgate;

namespace {

QByteArray exported(const QByteArray &yaml)
{
    const LoadResult r = ConfigLoader::loadText(yaml, QStringLiteral("test.yaml"));
    return ConfigExporter::toYaml(r.config);
}

QByteArray reference()
{
    QFile f(test::sourceDir() + QStringLiteral("/resources/examples/reference-scenario.yaml"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestApplyDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aChangeDeepInASpecIsHeadedByItsResource()
    {
        const QByteArray running = exported(reference());
        QVERIFY(running.contains("kind: VirtualService"));
        // A match of the httpbin route: far below the VirtualService's name.
        QByteArray changed = reference();
        QVERIFY(changed.contains("prefix: /status"));
        changed.replace("prefix: /status", "prefix: /stat");
        ApplyDialog dialog(running, exported(changed));
        if (const QString dir = qEnvironmentVariable("MESHGATE_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog.grab().save(dir + QStringLiteral("/apply-dialog.png")); // for a look, under xvfb-run
        QCOMPARE(dialog.changedResources(), QStringList{QStringLiteral("VirtualService httpbin")});
        QVERIFY2(dialog.summaryText().contains(QLatin1String("in VirtualService httpbin")),
                 qPrintable(dialog.summaryText()));
        const QString text = dialog.diffText();
        const qsizetype header = text.indexOf(QLatin1String("@@ VirtualService httpbin @@"));
        const qsizetype removed = text.indexOf(QLatin1String("-         prefix: /status"));
        const qsizetype added = text.indexOf(QLatin1String("+         prefix: /stat\n"));
        QVERIFY2(header >= 0 && removed > header && added > removed, qPrintable(text)); // old line first
        QVERIFY2(!text.contains(QLatin1String("@@ Gateway")), qPrintable(text)); // nothing changed there
        QCOMPARE(dialog.addedLines(), 1);
        QCOMPARE(dialog.removedLines(), 1);
    }

    void contextDoesNotHeadAnUnchangedResource()
    {
        // The selector ends the exported Gateway: the context after the change would run into
        // the ServiceEntry that follows.
        const QByteArray running = exported(reference());
        QByteArray changed = reference();
        QVERIFY(changed.contains("istio: ingressgateway"));
        changed.replace("istio: ingressgateway", "istio: edge");
        ApplyDialog dialog(running, exported(changed));
        QCOMPARE(dialog.changedResources(), QStringList{QStringLiteral("Gateway proxy")});
        const QString text = dialog.diffText();
        QVERIFY2(text.contains(QLatin1String("+     istio: edge")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("@@ ServiceEntry")), qPrintable(text));
        QVERIFY2(text.count(QLatin1String("@@ ")) == 1, qPrintable(text));
    }

    void aRemovedResourceIsNamedFromTheRunningConfiguration()
    {
        const QByteArray running = exported(reference());
        const LoadResult r = ConfigLoader::loadText(reference(), QStringLiteral("test.yaml"));
        ConfigSet fewer = r.config;
        const auto it = std::find_if(fewer.resources.begin(), fewer.resources.end(), [](const Resource &res) {
            return res.kind() == ResourceKind::DestinationRule;
        });
        QVERIFY(it != fewer.resources.end());
        const QString name = it->metadata.name;
        fewer.resources.erase(it);
        const ApplyDialog dialog(running, ConfigExporter::toYaml(fewer));
        QVERIFY2(dialog.changedResources() == QStringList{QStringLiteral("DestinationRule ") + name}, qPrintable(dialog.changedResources().join(QLatin1Char('|')) + QLatin1Char('\n') + dialog.diffText()));
        QCOMPARE(dialog.addedLines(), 0);
        QVERIFY(dialog.removedLines() > 3);
        QVERIFY2(dialog.diffText().contains(QStringLiteral("@@ DestinationRule %1 @@").arg(name)),
                 qPrintable(dialog.diffText()));
    }

    void addingOrRemovingTheLastResourceTouchesNothingElse()
    {
        const QByteArray one = exported("apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n"
                                        "  name: ext\nspec:\n  hosts: [a.example.com]\n"
                                        "  ports: [{number: 80, name: http, protocol: HTTP}]\n  resolution: DNS\n");
        const QByteArray two = exported("apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n"
                                        "  name: ext\nspec:\n  hosts: [a.example.com]\n"
                                        "  ports: [{number: 80, name: http, protocol: HTTP}]\n  resolution: DNS\n---\n"
                                        "apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n"
                                        "  name: zzz\nspec:\n  hosts: [z.example.com]\n"
                                        "  ports: [{number: 80, name: http, protocol: HTTP}]\n  resolution: DNS\n");
        const ApplyDialog added(one, two);
        QCOMPARE(added.changedResources(), QStringList{QStringLiteral("ServiceEntry zzz")});
        QCOMPARE(added.removedLines(), 0);
        const ApplyDialog removed(two, one);
        QCOMPARE(removed.changedResources(), QStringList{QStringLiteral("ServiceEntry zzz")});
        QCOMPARE(removed.addedLines(), 0);
        const ApplyDialog fromNothing(QByteArray(), one);
        QCOMPARE(fromNothing.removedLines(), 0);
        QCOMPARE(fromNothing.addedLines(), one.count('\n'));
    }

    void namespacedResourcesShowTheirNamespace()
    {
        const QByteArray before = exported("apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata:\n"
                                           "  name: ext\n  namespace: team-a\nspec:\n  hosts: [a.example.com]\n"
                                           "  ports: [{number: 80, name: http, protocol: HTTP}]\n  resolution: DNS\n");
        QByteArray after = before;
        after.replace("resolution: DNS", "resolution: STATIC");
        const ApplyDialog dialog(before, after);
        QCOMPARE(dialog.changedResources(), QStringList{QStringLiteral("ServiceEntry team-a/ext")});
    }
};

QTEST_MAIN(TestApplyDialog)
#include "tst_applydialog.moc"
