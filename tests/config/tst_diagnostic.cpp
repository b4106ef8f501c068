// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/diagnostic.h"
#include "config/resources.h"

#include <QTest>

using namespace meshgate;

class TestDiagnostic : public QObject
{
    Q_OBJECT
private slots:
    void formatsLikeACompiler()
    {
        Diagnostic d;
        d.severity = Diagnostic::Severity::Warning;
        d.message = QStringLiteral("unknown field \"sniHost\"; did you mean \"sniHosts\"?");
        d.file = QStringLiteral("vs.yaml");
        d.pos = {12, 7};
        d.resource = QStringLiteral("VirtualService/cnn");
        d.fieldPath = QStringLiteral("spec.tls[0].match[0].sniHost");
        QCOMPARE(d.toString(),
                 QStringLiteral("vs.yaml:12:7: warning: unknown field \"sniHost\"; did you mean "
                                "\"sniHosts\"? [VirtualService/cnn spec.tls[0].match[0].sniHost]"));
    }

    void nearestPositionFallsBackToParent()
    {
        SourceInfo info;
        info.pos = {1, 1};
        info.fieldPositions.insert(QStringLiteral("spec.http[0]"), {10, 5});
        QCOMPARE(info.find(QStringLiteral("spec.http[0].route[1].destination")).line, 10);
        QCOMPARE(info.find(QStringLiteral("spec.tls")).line, 1);
    }

    void errorsAreCounted()
    {
        Diagnostics list;
        list.append(Diagnostic{Diagnostic::Severity::Warning, QStringLiteral("w"), {}, {}, {}, {}, {}});
        QVERIFY(!hasErrors(list));
        list.append(Diagnostic{Diagnostic::Severity::Error, QStringLiteral("e"), {}, {}, {}, {}, {}});
        QVERIFY(hasErrors(list));
        QCOMPARE(countSeverity(list, Diagnostic::Severity::Warning), 1);
    }
};

QTEST_GUILESS_MAIN(TestDiagnostic)
#include "tst_diagnostic.moc"
