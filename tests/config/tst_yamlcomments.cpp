// SPDX-License-Identifier: GPL-3.0-or-later
// Comments survive text regenerated from the model: a form edit must not delete the notes
// people keep next to their routes.
#include "config/configexporter.h"
#include "config/configloader.h"
#include "config/yamlcomments.h"

#include <QTest>

using namespace meshgate;

namespace {

const QByteArray kCommented = R"(# Canary routing, owned by team-a
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: app  # do not rename: dashboards use it
spec:
  hosts:
  - app.example.test
  gateways:
  - edge
  http:
  # canary first: header match
  - name: canary
    match:
    - headers:
        x-canary:
          exact: "yes # not a comment"
    route:
    - destination:
        host: app.internal
        subset: v2
  # everyone else
  - name: stable
    route:
    - destination:
        host: app.internal
        subset: v1  # v1 until the migration ends
    timeout: 3s  # the slow report endpoint needs it
# end of app
)";

Resource parse(const QByteArray &text)
{
    LoadResult loaded = ConfigLoader::parseText(text, QStringLiteral("app.yaml"));
    return loaded.config.resources.empty() ? Resource{} : loaded.config.resources.front();
}

// What the form does: change the model, regenerate the text, carry the comments.
QByteArray edited(const QByteArray &before, const std::function<void(VirtualServiceSpec &)> &change)
{
    const Resource old = parse(before);
    Resource changed = old;
    change(*changed.as<VirtualServiceSpec>());
    const QByteArray regenerated = ConfigExporter::toYaml(changed);
    const Resource fresh = parse(regenerated);
    return YamlComments::carry(before, old.source, regenerated, fresh.source);
}

// The line of `text` that contains `needle`, or -1.
int lineOf(const QByteArray &text, const QByteArray &needle)
{
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i)
        if (lines[i].contains(needle))
            return i;
    return -1;
}

} // namespace

class TestYamlComments : public QObject
{
    Q_OBJECT
private slots:
    void aFormEditKeepsEveryComment()
    {
        const QByteArray after = edited(kCommented, [](VirtualServiceSpec &vs) { vs.http[0].timeout = QStringLiteral("1s"); });
        for (const QByteArray &comment : {QByteArray("# Canary routing, owned by team-a"),
                                          QByteArray("# do not rename: dashboards use it"),
                                          QByteArray("# canary first: header match"), QByteArray("# everyone else"),
                                          QByteArray("# v1 until the migration ends"),
                                          QByteArray("# the slow report endpoint needs it"), QByteArray("# end of app")})
            QVERIFY2(after.contains(comment), (comment + " is gone:\n" + after).constData());
        // Each is where it was: on its field's line, or just above its block.
        QVERIFY(after.split('\n')[lineOf(after, "name: app")].contains("# do not rename"));
        QVERIFY(after.split('\n')[lineOf(after, "subset: v1")].contains("# v1 until"));
        QVERIFY(after.split('\n')[lineOf(after, "timeout: 3s")].contains("# the slow report"));
        QCOMPARE(lineOf(after, "# canary first") + 1, lineOf(after, "- name: canary"));
        QCOMPARE(lineOf(after, "# everyone else") + 1, lineOf(after, "- name: stable"));
        QVERIFY(lineOf(after, "# Canary routing") < lineOf(after, "kind: VirtualService"));
        QCOMPARE(after.trimmed().split('\n').last(), QByteArray("# end of app"));
        // The text still says what the form made it say.
        const Resource reread = parse(after);
        QCOMPARE(reread.as<VirtualServiceSpec>()->http[0].timeout, QStringLiteral("1s"));
        QCOMPARE(reread.as<VirtualServiceSpec>()->http[0].match[0].headers.value(QStringLiteral("x-canary")).value,
                 QStringLiteral("yes # not a comment")); // a '#' inside quotes is text
    }

    void aCommentOfARemovedFieldStaysWithItsParent()
    {
        const QByteArray after = edited(kCommented, [](VirtualServiceSpec &vs) { vs.http[1].timeout.clear(); });
        QVERIFY(!after.contains("timeout:"));
        const int comment = lineOf(after, "# the slow report endpoint needs it");
        QVERIFY2(comment >= 0, after.constData());
        QVERIFY(comment < lineOf(after, "- name: stable") || comment > lineOf(after, "- name: stable"));
        QCOMPARE(parse(after).as<VirtualServiceSpec>()->http.size(), size_t(2));
    }

    // The route form deletes, duplicates and moves routes by changing the list; the comments
    // go with the route they were written for, never to the route that took its place.
    void formListEditsKeepCommentsWithTheirRoute()
    {
        const QByteArray swapped = edited(kCommented, [](VirtualServiceSpec &vs) { std::swap(vs.http[0], vs.http[1]); });
        QCOMPARE(lineOf(swapped, "# everyone else") + 1, lineOf(swapped, "- name: stable"));
        QCOMPARE(lineOf(swapped, "# canary first") + 1, lineOf(swapped, "- name: canary"));
        QVERIFY(lineOf(swapped, "- name: stable") < lineOf(swapped, "- name: canary"));
        QVERIFY(swapped.split('\n')[lineOf(swapped, "subset: v1")].contains("# v1 until"));

        const QByteArray deleted = edited(kCommented, [](VirtualServiceSpec &vs) { vs.http.erase(vs.http.begin()); });
        QVERIFY(!deleted.contains("name: canary"));
        QCOMPARE(lineOf(deleted, "# everyone else") + 1, lineOf(deleted, "- name: stable"));
        QVERIFY(deleted.split('\n')[lineOf(deleted, "subset: v1")].contains("# v1 until"));
        // The deleted route's comment is kept with the list, not put on the route after it.
        QVERIFY2(lineOf(deleted, "# canary first") >= 0 && lineOf(deleted, "# canary first") < lineOf(deleted, "  http:"),
                 deleted.constData());

        const QByteArray duplicated = edited(kCommented, [](VirtualServiceSpec &vs) { vs.http.push_back(vs.http[1]); });
        QCOMPARE(duplicated.count("# everyone else"), 1);
        QCOMPARE(lineOf(duplicated, "# everyone else") + 1, lineOf(duplicated, "- name: stable"));
        QCOMPARE(duplicated.count("# v1 until the migration ends"), 1);
    }

    void aBlockScalarKeepsItsHashes()
    {
        const QByteArray text = R"(apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: page  # the status page
spec:
  hosts:
  - page.example.test
  http:
  - directResponse:
      status: 200
      body:
        string: |
          # Status
          all good
)";
        const QByteArray after = edited(text, [](VirtualServiceSpec &vs) { vs.hosts.append(QStringLiteral("www.example.test")); });
        QVERIFY(after.split('\n')[lineOf(after, "name: page")].contains("# the status page"));
        const Resource reread = parse(after);
        QCOMPARE(reread.as<VirtualServiceSpec>()->hosts.size(), 2);
        QCOMPARE(after.count("# Status"), 1); // body text, not a comment to carry
    }

    // A file saved with CRLF, and single quotes with '' inside: the comments come over whole
    // and nothing of a value is taken for one.
    void crlfAndSingleQuotes()
    {
        QByteArray text = R"(apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: quotes  # kept
spec:
  hosts:
  - q.example.test
  http:
  - directResponse:
      status: 200
      body:
        string: 'it''s # not a comment'
)";
        text.replace("\n", "\r\n");
        const QByteArray after = edited(text, [](VirtualServiceSpec &vs) { vs.hosts.append(QStringLiteral("r.example.test")); });
        QVERIFY(!after.contains('\r'));
        QVERIFY(after.split('\n')[lineOf(after, "name: quotes")].endsWith("  # kept"));
        QCOMPARE(after.count("# not a comment"), 1);
        QCOMPARE(parse(after).as<VirtualServiceSpec>()->hosts.size(), 2);
    }

    void textWithoutCommentsIsLeftAlone()
    {
        const Resource r = parse(kCommented);
        const QByteArray plain = ConfigExporter::toYaml(r);
        QVERIFY(!YamlComments::hasComments(plain));
        QVERIFY(YamlComments::hasComments(kCommented));
        QCOMPARE(YamlComments::carry(plain, parse(plain).source, plain, parse(plain).source), plain);
    }
};

QTEST_GUILESS_MAIN(TestYamlComments)
#include "tst_yamlcomments.moc"
