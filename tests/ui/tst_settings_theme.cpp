// SPDX-License-Identifier: GPL-3.0-or-later
#include "apply/applydialog.h"
#include "desktop/theme.h"
#include "editors/yamleditor.h"
#include "editors/yamlhighlighter.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace meshgate;

namespace {

// Every kind of token the highlighter colours.
const char *const kYaml = "---\n"
                          "# the reference gateway\n"
                          "apiVersion: networking.istio.io/v1\n"
                          "kind: Gateway\n"
                          "metadata:\n"
                          "  name: \"proxy\" # quoted\n"
                          "spec:\n"
                          "  servers:\n"
                          "  - port:\n"
                          "      number: 80\n"
                          "      enabled: true\n"
                          "    hosts: [\"httpbin.org\", 'cnn']\n"
                          "    anchor: &a ~\n"
                          "    text: |\n"
                          "      block scalar\n";

struct Run
{
    QString text;
    QColor colour;
};

// The coloured runs of a highlighted document.
QList<Run> colouredRuns(QTextDocument *document)
{
    QList<Run> runs;
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next())
        for (const QTextLayout::FormatRange &r : b.layout()->formats())
            if (r.format.hasProperty(QTextFormat::ForegroundBrush))
                runs.append({b.text().mid(r.start, r.length), r.format.foreground().color()});
    return runs;
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void switchesPalettes();
    void highlighterIsReadableOnLightAndDark_data();
    void highlighterIsReadableOnLightAndDark();
    void editorFollowsAThemeSwitch();
    void statusColoursAreReadable();
    void diffColoursAreReadable();

private:
    std::unique_ptr<Theme> m_theme;
    QPalette m_startPalette;
};

void TestTheme::initTestCase()
{
    m_startPalette = QApplication::palette();
    m_theme = std::make_unique<Theme>();
}

void TestTheme::cleanup()
{
    m_theme->apply(ThemeMode::System);
}

void TestTheme::switchesPalettes()
{
    QVERIFY(!Theme::isDark(Theme::lightPalette()));
    QVERIFY(Theme::isDark(Theme::darkPalette()));
    QCOMPARE(themeModeFromKey(themeModeKey(ThemeMode::Dark)), std::optional<ThemeMode>(ThemeMode::Dark));
    QVERIFY(!themeModeFromKey(QStringLiteral("purple")));

    QWidget widget;
    m_theme->apply(ThemeMode::Dark);
    QCOMPARE(m_theme->mode(), ThemeMode::Dark);
    QVERIFY(Theme::isDark(QApplication::palette()));
    QTRY_VERIFY(Theme::isDark(widget.palette())); // existing widgets follow (the change is posted)
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    // Text stays readable on every surface of the dark palette.
    const QPalette dark = QApplication::palette();
    QVERIFY(Theme::contrast(dark.color(QPalette::Text), dark.color(QPalette::Base)) >= 7);
    QVERIFY(Theme::contrast(dark.color(QPalette::WindowText), dark.color(QPalette::Window)) >= 7);
    QVERIFY(Theme::contrast(dark.color(QPalette::ButtonText), dark.color(QPalette::Button)) >= 7);
    QVERIFY(Theme::contrast(dark.color(QPalette::HighlightedText), dark.color(QPalette::Highlight)) >= 4.5);

    m_theme->apply(ThemeMode::Light);
    QVERIFY(!Theme::isDark(QApplication::palette()));
    QTRY_VERIFY(!Theme::isDark(widget.palette()));

    m_theme->apply(ThemeMode::System);
    QCOMPARE(QApplication::palette().color(QPalette::Base), m_startPalette.color(QPalette::Base));
    QCOMPARE(QApplication::palette().color(QPalette::Text), m_startPalette.color(QPalette::Text));
}

void TestTheme::highlighterIsReadableOnLightAndDark_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestTheme::highlighterIsReadableOnLightAndDark()
{
    QFETCH(bool, dark);
    const QPalette palette = dark ? Theme::darkPalette() : Theme::lightPalette();
    QTextDocument document;
    document.setPlainText(QString::fromUtf8(kYaml));
    YamlHighlighter highlighter(&document);
    highlighter.setPalette(palette);
    const QList<Run> runs = colouredRuns(&document);
    QVERIFY(runs.size() > 20);
    QSet<QRgb> distinct;
    for (const Run &run : runs) {
        const double ratio = Theme::contrast(run.colour, palette.color(QPalette::Base));
        QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("'%1' in %2: contrast %3")
                                              .arg(run.text, run.colour.name())
                                              .arg(ratio, 0, 'f', 2)));
        distinct.insert(run.colour.rgb());
    }
    QVERIFY(distinct.size() >= 6); // still a highlighter: keys, strings, numbers, keywords, comments, markers
}

void TestTheme::editorFollowsAThemeSwitch()
{
    m_theme->apply(ThemeMode::Light);
    YamlEditor editor;
    editor.setPlainText(QString::fromUtf8(kYaml));
    editor.resize(500, 400);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    const auto worstContrast = [&editor] {
        double worst = 21;
        for (const Run &run : colouredRuns(editor.document()))
            worst = std::min(worst, Theme::contrast(run.colour, editor.palette().color(QPalette::Base)));
        return worst;
    };
    QVERIFY(worstContrast() >= 4.5);
    m_theme->apply(ThemeMode::Dark);
    QTRY_VERIFY(Theme::isDark(editor.palette()));
    QVERIFY2(worstContrast() >= 4.5, qPrintable(QString::number(worstContrast())));
    m_theme->apply(ThemeMode::Light);
    QTRY_VERIFY(!Theme::isDark(editor.palette()));
    QVERIFY(worstContrast() >= 4.5);
}

void TestTheme::statusColoursAreReadable()
{
    for (const QPalette &p : {Theme::lightPalette(), Theme::darkPalette()}) {
        for (Theme::Status s : {Theme::Status::Ok, Theme::Status::Warning, Theme::Status::Error, Theme::Status::Neutral}) {
            const QColor c = Theme::statusColor(s, p);
            QVERIFY2(Theme::contrast(c, p.color(QPalette::Window)) >= 4.5, qPrintable(c.name()));
            QVERIFY2(Theme::contrast(c, p.color(QPalette::Base)) >= 4.5, qPrintable(c.name()));
        }
    }
}

void TestTheme::diffColoursAreReadable()
{
    for (ThemeMode mode : {ThemeMode::Light, ThemeMode::Dark}) {
        m_theme->apply(mode);
        ApplyDialog dialog("a: 1\nb: 2\n", "a: 1\nb: 3\nc: 4\n");
        auto *view = dialog.findChild<QPlainTextEdit *>();
        QVERIFY(view);
        const QList<QTextEdit::ExtraSelection> marks = view->extraSelections();
        QCOMPARE(marks.size(), 3); // b: 2 removed, b: 3 and c: 4 added
        for (const QTextEdit::ExtraSelection &m : marks) {
            const double ratio = Theme::contrast(m.format.foreground().color(), m.format.background().color());
            QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
            // The tint belongs to the palette: light on light, dark on dark.
            QCOMPARE(m.format.background().color().lightness() < 128, mode == ThemeMode::Dark);
        }
    }
}

QTEST_MAIN(TestTheme)
#include "tst_settings_theme.moc"
