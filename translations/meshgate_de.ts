<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessLogExporter</name>
    <message>
        <location filename="../ui/logs/accesslogexporter.cpp" line="+83"/>
        <location line="+37"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>AccessLogQuery</name>
    <message>
        <location filename="../ui/logs/accesslogquery.cpp" line="+137"/>
        <source>a filter needs a value after the colon</source>
        <translation>Ein Filter benötigt einen Wert nach dem Doppelpunkt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>status:%1 is not a status; use 2xx … 5xx, a code like 404, or 0</source>
        <translation>status:%1 ist kein Status; verwenden Sie 2xx … 5xx, einen Code wie 404 oder 0</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>flag:%1 is not a response flag (NR, UF, UH, URX, DC, …, none or any)</source>
        <translation>flag:%1 ist kein Response-Flag (NR, UF, UH, URX, DC, …, none oder any)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 searched as text (not a filter key; the keys are status, host, flag, method, path, cluster, route, client and upstream)</source>
        <translation>%1 als Text gesucht (kein Filterschlüssel; die Schlüssel sind status, host, flag, method, path, cluster, route, client und upstream)</translation>
    </message>
</context>
<context>
    <name>AdminServer</name>
    <message>
        <location filename="../proxycore/engine/adminserver.cpp" line="+26"/>
        <source>the admin endpoint on a non-loopback address needs --admin-token</source>
        <translation>Der Admin-Endpunkt auf einer Nicht-Loopback-Adresse erfordert --admin-token</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>port %1 in use</source>
        <translation>Port %1 wird bereits verwendet</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../ui/settings/appsettings.cpp" line="+124"/>
        <source>Not an IP address; use e.g. 127.0.0.1, 0.0.0.0 or ::1.</source>
        <translation>Keine IP-Adresse; verwenden Sie z. B. 127.0.0.1, 0.0.0.0 oder ::1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port offset must be between 0 and 65535.</source>
        <translation>Der Port-Offset muss zwischen 0 und 65535 liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>A port is a number from 1 to 65535 (0 = off).</source>
        <translation>Ein Port ist eine Zahl von 1 bis 65535 (0 = aus).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The admin and mesh ports must differ.</source>
        <translation>Admin-Port und Mesh-Port müssen sich unterscheiden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Between 1 and %1 worker threads (0 = one per core).</source>
        <translation>Zwischen 1 und %1 Worker-Threads (0 = einer pro Kern).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Between 1 and %L1 connections.</source>
        <translation>Zwischen 1 und %L1 Verbindungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More than 0 and at most %L1 seconds.</source>
        <translation>Mehr als 0 und höchstens %L1 Sekunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The GUI has no standard output to write to; choose a file.</source>
        <translation>Die GUI hat keine Standardausgabe, in die sie schreiben könnte; wählen Sie eine Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At character %1: %2</source>
        <translation>Bei Zeichen %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Between %L1 and %L2 rows.</source>
        <translation>Zwischen %L1 und %L2 Zeilen.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>ClusterBuilder</name>
    <message>
        <location filename="../proxycore/routing/clusterbuilder.cpp" line="+159"/>
        <source>host &quot;%1&quot; is not in the service registry (no ServiceEntry defines it)</source>
        <translation>Host &quot;%1&quot; ist nicht in der Service-Registry (kein ServiceEntry definiert ihn)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>port %1 is not a port of ServiceEntry host &quot;%2&quot;</source>
        <translation>Port %1 ist kein Port des ServiceEntry-Hosts &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>subset &quot;%1&quot; of host &quot;%2&quot; is not defined by any DestinationRule</source>
        <translation>Subset &quot;%1&quot; des Hosts &quot;%2&quot; ist in keiner DestinationRule definiert</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1: %2 &quot;%3&quot; is not a duration; using the default</source>
        <translation>%1: %2 &quot;%3&quot; ist keine Dauer; der Standardwert wird verwendet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: loadBalancer PASSTHROUGH needs an original destination; using LEAST_REQUEST</source>
        <translation>%1: loadBalancer PASSTHROUGH benötigt ein ursprüngliches Ziel; LEAST_REQUEST wird verwendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: consistentHash load balancing is not supported; using %2</source>
        <translation>%1: consistentHash-Lastverteilung wird nicht unterstützt; %2 wird verwendet</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1: tls.credentialName refers to a Kubernetes secret; set clientCertificate/privateKey/caCertificates file paths instead</source>
        <translation>%1: tls.credentialName verweist auf ein Kubernetes-Secret; geben Sie stattdessen Dateipfade für clientCertificate/privateKey/caCertificates an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: tls mode ISTIO_MUTUAL needs mesh certificates; Meshgate has none</source>
        <translation>%1: TLS-Modus ISTIO_MUTUAL benötigt Mesh-Zertifikate; Meshgate hat keine</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="+36"/>
        <source>Meshgate: an Istio-style ingress gateway and proxy manager for your desktop.</source>
        <translation>Meshgate: ein Ingress-Gateway im Istio-Stil und Proxy-Manager für Ihren Desktop.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load Istio resources from FILE (repeatable).</source>
        <translation>Istio-Ressourcen aus DATEI laden (mehrfach angebbar).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <location line="+30"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Run the proxy engine without a window.</source>
        <translation>Die Proxy-Engine ohne Fenster ausführen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the configuration, print FILE:LINE:COL diagnostics and exit.</source>
        <translation>Die Konfiguration prüfen, Diagnosen im Format DATEI:ZEILE:SPALTE ausgeben und beenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the configuration as kubectl-ready YAML to FILE (&apos;-&apos; = stdout).</source>
        <translation>Die Konfiguration als kubectl-fertiges YAML in DATEI schreiben (&apos;-&apos; = Standardausgabe).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>apiVersion for --export: v1, v1beta1, v1alpha3 or keep (default).</source>
        <translation>apiVersion für --export: v1, v1beta1, v1alpha3 oder keep (Standard).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explain how a request is routed, e.g. &quot;GET http://httpbin.org/status/418 gateway=proxy port=80 header:x-canary=yes&quot; or &quot;TLS edition.cnn.com gateway=proxy&quot;, and exit. Without port=, the URL&apos;s or the gateway&apos;s only port of that kind.</source>
        <translation>Erklärt, wie eine Anfrage geroutet wird, z. B. &quot;GET http://httpbin.org/status/418 gateway=proxy port=80 header:x-canary=yes&quot; oder &quot;TLS edition.cnn.com gateway=proxy&quot;, und beendet sich. Ohne port= gilt der Port der URL oder der einzige passende Port des Gateways.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>REQUEST</source>
        <translation>ANFRAGE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address the listeners bind to (default 127.0.0.1).</source>
        <translation>Adresse, an die die Listener gebunden werden (Standard 127.0.0.1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added to every Gateway port (default: 8000 below 1024, else 0).</source>
        <translation>Wird zu jedem Gateway-Port addiert (Standard: 8000 unter 1024, sonst 0).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <location line="+5"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Port of the mesh forward proxy (default 15001, 0 = off).</source>
        <translation>Port des Mesh-Forward-Proxys (Standard 15001, 0 = aus).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Let non-loopback clients use the mesh forward proxy.</source>
        <translation>Nicht-Loopback-Clients die Nutzung des Mesh-Forward-Proxys erlauben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port of the admin endpoint (default 15000, 0 = off).</source>
        <translation>Port des Admin-Endpunkts (Standard 15000, 0 = aus).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bearer token the admin endpoint requires when bound to a non-loopback address.</source>
        <translation>Bearer-Token, das der Admin-Endpunkt verlangt, wenn er an eine Nicht-Loopback-Adresse gebunden ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to ADDR:PORT instead of HOST:PORT (curl semantics, repeatable).</source>
        <translation>Mit ADDR:PORT statt HOST:PORT verbinden (wie bei curl, mehrfach angebbar).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOST:PORT:ADDR:PORT</source>
        <translation>HOST:PORT:ADDR:PORT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the access log to FILE (&apos;-&apos; = stdout, the default when headless).</source>
        <translation>Das Zugriffsprotokoll in DATEI schreiben (&apos;-&apos; = Standardausgabe, Standard im Headless-Betrieb).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>classic (default), istio, envoy, json, or Envoy %OPERATORS%.</source>
        <translation>classic (Standard), istio, envoy, json oder Envoy-%OPERATORS%.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker threads (default: number of cores).</source>
        <translation>Worker-Threads (Standard: Anzahl der Kerne).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mesh traffic to unknown hosts: ALLOW_ANY (default) or REGISTRY_ONLY.</source>
        <translation>Mesh-Verkehr zu unbekannten Hosts: ALLOW_ANY (Standard) oder REGISTRY_ONLY.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POLICY</source>
        <translation>RICHTLINIE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum concurrent downstream connections (default 10000).</source>
        <translation>Maximale Anzahl gleichzeitiger Downstream-Verbindungen (Standard 10000).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds a client may take to send request headers (default 10).</source>
        <translation>Sekunden, die ein Client zum Senden der Anfrage-Header haben darf (Standard 10).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How TCP relays (TLS passthrough) move bytes: copy (default) or splice.</source>
        <translation>Wie TCP-Weiterleitungen (TLS-Passthrough) Bytes bewegen: copy (Standard) oder splice.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unexpected argument &apos;%1&apos; (config files go after -c)</source>
        <translation>Unerwartetes Argument &apos;%1&apos; (Konfigurationsdateien gehören hinter -c)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--api-version must be v1, v1beta1, v1alpha3 or keep, not &apos;%1&apos;</source>
        <translation>--api-version muss v1, v1beta1, v1alpha3 oder keep sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--bind needs an IP address, not &apos;%1&apos;</source>
        <translation>--bind erwartet eine IP-Adresse, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--port-offset needs a number between 0 and 65535</source>
        <translation>--port-offset erwartet eine Zahl zwischen 0 und 65535</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--mesh-port needs a port number (0 = off)</source>
        <translation>--mesh-port erwartet eine Portnummer (0 = aus)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--admin-port needs a port number (0 = off)</source>
        <translation>--admin-port erwartet eine Portnummer (0 = aus)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--workers needs a number between 1 and 256</source>
        <translation>--workers erwartet eine Zahl zwischen 1 und 256</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--outbound-policy must be ALLOW_ANY or REGISTRY_ONLY</source>
        <translation>--outbound-policy muss ALLOW_ANY oder REGISTRY_ONLY sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--max-connections needs a positive number</source>
        <translation>--max-connections erwartet eine positive Zahl</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--tcp-relay must be copy or splice, not &apos;%1&apos;</source>
        <translation>--tcp-relay muss copy oder splice sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--request-headers-timeout needs a positive number of seconds</source>
        <translation>--request-headers-timeout erwartet eine positive Anzahl Sekunden</translation>
    </message>
</context>
<context>
    <name>ConfigActions</name>
    <message>
        <location filename="../app/configactions.cpp" line="+47"/>
        <source>1 resource</source>
        <translation>1 Ressource</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 resources</source>
        <translation>%1 Ressourcen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>meshgate: not exporting: the configuration has errors</source>
        <translation>meshgate: kein Export: die Konfiguration enthält Fehler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>meshgate: exporting despite the errors below: they are about how the resources fit together (a Gateway, subset or port they refer to may be in the cluster), which an API server does not check</source>
        <translation>meshgate: Export trotz der folgenden Fehler: Sie betreffen das Zusammenspiel der Ressourcen (ein Gateway, Subset oder Port, auf den sie verweisen, kann im Cluster liegen), was ein API-Server nicht prüft</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>meshgate: exported with %n unknown field(s); kubectl apply (strict field validation) will reject them until they are fixed</source>
        <translation>
            <numerusform>meshgate: mit %n unbekanntem Feld exportiert; kubectl apply (strenge Feldprüfung) lehnt es ab, bis es korrigiert ist</numerusform>
            <numerusform>meshgate: mit %n unbekannten Feldern exportiert; kubectl apply (strenge Feldprüfung) lehnt sie ab, bis sie korrigiert sind</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>meshgate: cannot write to standard output</source>
        <translation>meshgate: Schreiben auf die Standardausgabe nicht möglich</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>meshgate: cannot write %1: %2</source>
        <translation>meshgate: %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ConfigLoader</name>
    <message>
        <location filename="../proxycore/config/configloader.cpp" line="+41"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ConnectToRule</name>
    <message>
        <location filename="../proxycore/engine/enginesettings.cpp" line="+33"/>
        <location line="+6"/>
        <source>&quot;%1&quot; is not HOST:PORT</source>
        <translation>„%1“ ist nicht HOST:PORT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>port &quot;%1&quot; is not a number from 1 to 65535 (or empty for any)</source>
        <translation>Port „%1“ ist keine Zahl von 1 bis 65535 (oder leer für jeden)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unbalanced &apos;[&apos; in &quot;%1&quot;</source>
        <translation>Unausgeglichenes &apos;[&apos; in &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected HOST:PORT:ADDRESS:PORT, got &quot;%1&quot;</source>
        <translation>HOST:PORT:ADRESSE:PORT erwartet, &quot;%1&quot; erhalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 in &quot;%2&quot; (expected HOST:PORT:ADDRESS:PORT)</source>
        <translation>%1 in „%2“ (erwartet: HOST:PORT:ADRESSE:PORT)</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../proxycore/engine/engine.cpp" line="+62"/>
        <source>the open-file limit (%1) is below --max-connections %2; clients beyond it will not be accepted (raise it with ulimit -n)</source>
        <translation>Das Limit für offene Dateien (%1) liegt unter --max-connections %2; Clients darüber hinaus werden nicht angenommen (mit ulimit -n erhöhen)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>--access-log-format: %1</source>
        <translation>--access-log-format: %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>connection refused: %1</source>
        <translation>Verbindung abgelehnt: %1</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>access log: %1 (proxying continues)</source>
        <translation>Zugriffsprotokoll: %1 (Proxy läuft weiter)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>admin endpoint not available: %1</source>
        <translation>Admin-Endpunkt nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>gateway %1 port %2 (%3 on %4): %5</source>
        <translation>Gateway %1 Port %2 (%3 auf %4): %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 listener %2: %3</source>
        <translation>%1-Listener %2: %3</translation>
    </message>
</context>
<context>
    <name>GuiApp</name>
    <message>
        <location filename="../app/guiapp.cpp" line="+78"/>
        <source>Engine not started: %1 did not open.</source>
        <translation>Engine nicht gestartet: %1 wurde nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>HeadlessRunner</name>
    <message>
        <location filename="../app/headlessrunner.cpp" line="+150"/>
        <source>meshgate: the configuration has errors; nothing to run</source>
        <translation>meshgate: die Konfiguration enthält Fehler; nichts auszuführen</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mesh forward proxy</source>
        <translation>Mesh-Forward-Proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gateway %1 port %2</source>
        <translation>Gateway %1 Port %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>meshgate: listening on %1:%2 (%3, %4)</source>
        <translation>meshgate: lauscht auf %1:%2 (%3, %4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>meshgate: cannot listen for %1: %2</source>
        <translation>meshgate: Lauschen für %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>meshgate: no listener could be bound</source>
        <translation>meshgate: kein Listener konnte gebunden werden</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>meshgate: configuration change rejected; still running generation %1:</source>
        <translation>meshgate: Konfigurationsänderung abgelehnt; Generation %1 läuft weiter:</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>%1 no longer holds any resource (restart meshgate to run without it)</source>
        <translation>%1 enthält keine Ressource mehr (starten Sie meshgate neu, um ohne sie zu laufen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>meshgate: configuration reloaded (generation %1)</source>
        <translation>meshgate: Konfiguration neu geladen (Generation %1)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>meshgate: stopping (draining for up to %1 s)</source>
        <translation>meshgate: wird beendet (Verbindungen werden bis zu %1 s abgebaut)</translation>
    </message>
</context>
<context>
    <name>HostMatch</name>
    <message>
        <location filename="../proxycore/routing/hostmatch.cpp" line="+124"/>
        <source>empty host name</source>
        <translation>Leerer Hostname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wildcards are only allowed as the whole first label (&quot;*.example.com&quot;)</source>
        <translation>Platzhalter sind nur als komplettes erstes Label erlaubt (&quot;*.example.com&quot;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>short names are not allowed here; use a fully qualified name</source>
        <translation>Kurznamen sind hier nicht erlaubt; verwenden Sie einen vollqualifizierten Namen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a valid DNS name</source>
        <translation>Kein gültiger DNS-Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host name longer than 253 characters</source>
        <translation>Hostname länger als 253 Zeichen</translation>
    </message>
</context>
<context>
    <name>HttpRouteCompiler</name>
    <message>
        <location filename="../proxycore/routing/httproutecompiler.cpp" line="+105"/>
        <source>%1 match[%2]: sourceLabels/sourceNamespace select sidecar workloads and never match on a gateway</source>
        <translation>%1 match[%2]: sourceLabels/sourceNamespace wählen Sidecar-Workloads aus und greifen auf einem Gateway nie</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>perTryTimeout &quot;%1&quot; is not a duration</source>
        <translation>perTryTimeout &quot;%1&quot; ist keine Dauer</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>fault.delay has no percentage: delaying every request as Istio documents it (Istio&apos;s generated Envoy config delays none, istio/istio#36303)</source>
        <translation>fault.delay hat keinen Prozentsatz: jede Anfrage wird verzögert, wie von Istio dokumentiert (die von Istio erzeugte Envoy-Konfiguration verzögert keine, istio/istio#36303)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fault.delay needs a fixedDelay duration (exponentialDelay is not supported)</source>
        <translation>fault.delay benötigt eine fixedDelay-Dauer (exponentialDelay wird nicht unterstützt)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>fault.abort has no percentage: aborting every request as Istio documents it (Istio&apos;s generated Envoy config aborts none, istio/istio#36303)</source>
        <translation>fault.abort hat keinen Prozentsatz: jede Anfrage wird abgebrochen, wie von Istio dokumentiert (die von Istio erzeugte Envoy-Konfiguration bricht keine ab, istio/istio#36303)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fault.abort needs httpStatus (grpcStatus and http2Error are not supported)</source>
        <translation>fault.abort benötigt httpStatus (grpcStatus und http2Error werden nicht unterstützt)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: redirectCode %2 is not supported (301, 302, 303, 307, 308); using 301</source>
        <translation>%1: redirectCode %2 wird nicht unterstützt (301, 302, 303, 307, 308); 301 wird verwendet</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1: all destination weights are 0; splitting evenly</source>
        <translation>%1: alle Zielgewichte sind 0; gleichmäßige Aufteilung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: uriRegexRewrite.match &quot;%2&quot; does not compile: %3</source>
        <translation>%1: uriRegexRewrite.match &quot;%2&quot; lässt sich nicht kompilieren: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: timeout &quot;%2&quot; is not a duration; no timeout</source>
        <translation>%1: timeout &quot;%2&quot; ist keine Dauer; kein Timeout</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: mirror not compiled: %2</source>
        <translation>%1: mirror nicht kompiliert: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: corsPolicy is not applied by Meshgate</source>
        <translation>%1: corsPolicy wird von Meshgate nicht angewendet</translation>
    </message>
</context>
<context>
    <name>ListenerSocket</name>
    <message>
        <location filename="../proxycore/engine/listenersocket.cpp" line="+66"/>
        <source>port %1 in use</source>
        <translation>Port %1 wird bereits verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot bind %1:%2: %3</source>
        <translation>%1:%2 kann nicht gebunden werden: %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation>Lauschen auf %1:%2 nicht möglich: %3</translation>
    </message>
</context>
<context>
    <name>LogStyle</name>
    <message>
        <location filename="../ui/logs/logstyle.cpp" line="+22"/>
        <source>failed local health check</source>
        <translation>Lokale Health-Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no healthy upstream</source>
        <translation>Kein fehlerfreier Upstream</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upstream request timeout</source>
        <translation>Upstream-Anfrage-Timeout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>local reset</source>
        <translation>Lokaler Reset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upstream remote reset</source>
        <translation>Reset durch den Upstream</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upstream connection failure</source>
        <translation>Upstream-Verbindungsfehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upstream connection termination</source>
        <translation>Upstream-Verbindung beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upstream overflow (circuit breaker)</source>
        <translation>Upstream-Überlauf (Circuit Breaker)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no route found</source>
        <translation>Keine Route gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delay injected</source>
        <translation>Verzögerung injiziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fault injected</source>
        <translation>Fehler injiziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate limited</source>
        <translation>Ratenbegrenzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unauthorized by external service</source>
        <translation>Von externem Dienst nicht autorisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate limit service error</source>
        <translation>Fehler des Ratenbegrenzungsdienstes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>downstream connection termination</source>
        <translation>Downstream-Verbindung beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upstream retry limit exceeded</source>
        <translation>Upstream-Wiederholungslimit überschritten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stream idle timeout</source>
        <translation>Stream-Leerlauf-Timeout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid Envoy request headers</source>
        <translation>Ungültige Envoy-Anfrage-Header</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>downstream protocol error</source>
        <translation>Downstream-Protokollfehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upstream max stream duration reached</source>
        <translation>Maximale Upstream-Stream-Dauer erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>response from cache filter</source>
        <translation>Antwort aus dem Cache-Filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no filter config found</source>
        <translation>Keine Filterkonfiguration gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration timeout</source>
        <translation>Dauer-Timeout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upstream protocol error</source>
        <translation>Upstream-Protokollfehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no cluster found</source>
        <translation>Kein Cluster gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overload manager</source>
        <translation>Overload-Manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS resolution failed</source>
        <translation>DNS-Auflösung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropped by overload</source>
        <translation>Wegen Überlast verworfen</translation>
    </message>
</context>
<context>
    <name>RequestDescription</name>
    <message>
        <location filename="../proxycore/routing/requestdescription.cpp" line="+71"/>
        <source>unbalanced quote</source>
        <translation>Anführungszeichen nicht geschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>describe a request, e.g. &quot;GET http://httpbin.org/status/418 gateway=proxy port=80&quot; or &quot;TLS edition.cnn.com gateway=proxy port=443&quot;</source>
        <translation>Beschreiben Sie eine Anfrage, z. B. &quot;GET http://httpbin.org/status/418 gateway=proxy port=80&quot; oder &quot;TLS edition.cnn.com gateway=proxy port=443&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>start with an HTTP method (GET, POST, ...) or TLS, not &quot;%1&quot;</source>
        <translation>Beginnen Sie mit einer HTTP-Methode (GET, POST, ...) oder TLS, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot;: expected header:NAME=VALUE</source>
        <translation>&quot;%1&quot;: header:NAME=WERT erwartet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>gateway= needs a Gateway name, or mesh</source>
        <translation>gateway= erwartet einen Gateway-Namen oder mesh</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>port &quot;%1&quot; is not a port number</source>
        <translation>Port &quot;%1&quot; ist keine Portnummer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown key &quot;%1&quot; (use gateway=, port=, host=, sni=, scheme= or header:NAME=VALUE)</source>
        <translation>Unbekannter Schlüssel &quot;%1&quot; (verwenden Sie gateway=, port=, host=, sni=, scheme= oder header:NAME=WERT)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot;: only one URL, path or server name per request</source>
        <translation>&quot;%1&quot;: nur eine URL, ein Pfad oder Servername pro Anfrage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give the server name once (&quot;%1&quot; and sni=%2)</source>
        <translation>Geben Sie den Servernamen nur einmal an (&quot;%1&quot; und sni=%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>missing URL or path after %1</source>
        <translation>URL oder Pfad nach %1 fehlt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a URL</source>
        <translation>&quot;%1&quot; ist keine URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scheme &quot;%1&quot; is not http or https</source>
        <translation>Schema &quot;%1&quot; ist weder http noch https</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>missing gateway=NAME (a Gateway name, or mesh for the forward proxy)</source>
        <translation>gateway=NAME fehlt (ein Gateway-Name oder mesh für den Forward-Proxy)</translation>
    </message>
</context>
<context>
    <name>ResourceDecoder</name>
    <message>
        <location filename="../proxycore/config/resourcedecoder.cpp" line="+81"/>
        <source>expected a mapping for %1, found %2</source>
        <translation>Für %1 wurde ein Mapping erwartet, gefunden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is the proto field name; Kubernetes expects &quot;%2&quot; (export writes &quot;%2&quot;)</source>
        <translation>&quot;%1&quot; ist der Proto-Feldname; Kubernetes erwartet &quot;%2&quot; (der Export schreibt &quot;%2&quot;)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is given twice (as &quot;%2&quot; and its other spelling)</source>
        <translation>&quot;%1&quot; ist doppelt angegeben (als &quot;%2&quot; und in der anderen Schreibweise)</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+6"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>quoted boolean &quot;%1&quot;; Kubernetes expects true or false without quotes</source>
        <translation>Boolescher Wert &quot;%1&quot; in Anführungszeichen; Kubernetes erwartet true oder false ohne Anführungszeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a list of strings</source>
        <translation>eine Liste von Zeichenketten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a mapping of strings</source>
        <translation>ein Mapping von Zeichenketten</translation>
    </message>
    <message>
        <location line="-187"/>
        <location line="+215"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a scalar</source>
        <translation>ein Skalar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a mapping</source>
        <translation>ein Mapping</translation>
    </message>
    <message>
        <location line="+235"/>
        <source>&quot;%1&quot; is kept and exported, but the local engine does not enforce it</source>
        <translation>&quot;%1&quot; wird beibehalten und exportiert, aber von der lokalen Engine nicht durchgesetzt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown field &quot;%1&quot; in %2</source>
        <translation>Unbekanntes Feld &quot;%1&quot; in %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+701"/>
        <location line="+8"/>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>; meinten Sie &quot;%1&quot;?</translation>
    </message>
    <message>
        <location line="-703"/>
        <source> (ignored, so this match does not check it and may match every request)</source>
        <translation> (ignoriert, daher prüft dieser Match es nicht und trifft womöglich jede Anfrage)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>an integer</source>
        <translation>eine Ganzzahl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quoted number &quot;%1&quot;; Kubernetes expects an integer (export writes %1)</source>
        <translation>Zahl &quot;%1&quot; in Anführungszeichen; Kubernetes erwartet eine Ganzzahl (der Export schreibt %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected %1, found %2</source>
        <translation>%1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>a string match takes exactly one of exact, prefix or regex</source>
        <translation>Ein String-Match akzeptiert genau eines von exact, prefix oder regex</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a mapping of string matches</source>
        <translation>ein Mapping von String-Matches</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>a mapping of port name to port number</source>
        <translation>ein Mapping von Portname auf Portnummer</translation>
    </message>
    <message>
        <location line="+438"/>
        <source>a List needs an items list</source>
        <translation>Eine List benötigt eine items-Liste</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected a Kubernetes resource (a mapping with apiVersion and kind)</source>
        <translation>Kubernetes-Ressource erwartet (ein Mapping mit apiVersion und kind)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>document has no kind</source>
        <translation>Dokument hat kein kind</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>networking.istio.io has no kind &quot;%1&quot;</source>
        <translation>networking.istio.io hat keine Art „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>skipped: %1 is not one of Gateway, ServiceEntry, DestinationRule, VirtualService</source>
        <translation>Übersprungen: %1 ist keiner von Gateway, ServiceEntry, DestinationRule, VirtualService</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>missing apiVersion (expected networking.istio.io/v1, v1beta1 or v1alpha3)</source>
        <translation>apiVersion fehlt (erwartet networking.istio.io/v1, v1beta1 oder v1alpha3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsupported apiVersion &quot;%1&quot; (expected networking.istio.io/v1, v1beta1 or v1alpha3)</source>
        <translation>Nicht unterstützte apiVersion &quot;%1&quot; (erwartet networking.istio.io/v1, v1beta1 oder v1alpha3)</translation>
    </message>
</context>
<context>
    <name>ResourceText</name>
    <message>
        <location filename="../ui/common/resourcetext.cpp" line="+19"/>
        <source>the YAML tab holds one resource, found %1; use File &gt; Import to add more</source>
        <translation>Der YAML-Tab enthält genau eine Ressource, gefunden: %1; verwenden Sie Datei &gt; Importieren, um weitere hinzuzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no Gateway, ServiceEntry, DestinationRule or VirtualService in the text</source>
        <translation>Kein Gateway, ServiceEntry, DestinationRule oder VirtualService im Text</translation>
    </message>
</context>
<context>
    <name>RouteExplainer</name>
    <message>
        <location filename="../proxycore/routing/routeexplainer.cpp" line="+68"/>
        <source>original destination</source>
        <translation>ursprüngliches Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>black hole</source>
        <translation>Blackhole</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>catch-all %1 *</source>
        <translation>Catch-all-%1 *</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>wildcard %1 %2</source>
        <translation>Platzhalter-%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exact %1 %2</source>
        <translation>%1 %2 (exakt)</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+441"/>
        <source>mesh</source>
        <translation>mesh</translation>
    </message>
    <message>
        <location line="-441"/>
        <source>the mesh forward proxy, destination port %1</source>
        <translation>der Mesh-Forward-Proxy, Zielport %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no port= given; using the only %1 port of Gateway %2, %3</source>
        <translation>kein port= angegeben; verwendet wird der einzige %1-Port von Gateway %2, %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (listening on %2)</source>
        <translation>%1 (lauscht auf %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no Gateway named %1 has a server Meshgate listens for</source>
        <translation>Kein Gateway namens %1 hat einen Server, auf dem Meshgate lauscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateway %1 has no server on port %2; its ports: %3</source>
        <translation>Gateway %1 hat keinen Server auf Port %2; seine Ports: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>listener</source>
        <translation>Listener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection refused: %1</source>
        <translation>Verbindung abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>listener %1</source>
        <translation>Listener %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, port %2 of %3</source>
        <translation>%1, Port %2 von %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+20"/>
        <source>request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>this port routes TLS connections by SNI; a plain HTTP request carries no SNI</source>
        <translation>Dieser Port routet TLS-Verbindungen per SNI; eine reine HTTP-Anfrage enthält kein SNI</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>port %1 serves plain HTTP: a TLS ClientHello is a protocol error and the connection is closed</source>
        <translation>Port %1 bedient reines HTTP: ein TLS-ClientHello ist ein Protokollfehler und die Verbindung wird geschlossen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>TLS is terminated here, then HTTP is routed; explaining GET / with Host %1</source>
        <translation>TLS wird hier terminiert, danach wird HTTP geroutet; erklärt wird GET / mit Host %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>400: the request has no Host header</source>
        <translation>400: die Anfrage hat keinen Host-Header</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>400: Host %1 is not a valid authority</source>
        <translation>400: Host %1 ist keine gültige Authority</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>400: path %1 cannot be normalized (it encodes a NUL byte or does not start with /)</source>
        <translation>400: Pfad %1 lässt sich nicht normalisieren (er kodiert ein NUL-Byte oder beginnt nicht mit /)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is routed and forwarded as %2 (Istio&apos;s default path normalization)</source>
        <translation>%1 wird als %2 geroutet und weitergeleitet (Istios Standard-Pfadnormalisierung)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>virtual host %1</source>
        <translation>Virtueller Host %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host %1 matches %2</source>
        <translation>Host %1 passt zu %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>host %1 matches %2 too, but %3 is more specific</source>
        <translation>Host %1 passt auch zu %2, aber %3 ist spezifischer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>host %1 is not %2</source>
        <translation>Host %1 ist nicht %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>virtual hosts</source>
        <translation>Virtuelle Hosts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: no VirtualService bound to %1 has a host this port&apos;s servers expose</source>
        <translation>Keiner: kein an %1 gebundener VirtualService hat einen Host, den die Server dieses Ports bereitstellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>404 NR route_not_found: no virtual host for %1 on port %2 (compare the Gateway&apos;s hosts with the VirtualService&apos;s hosts and gateways)</source>
        <translation>404 NR route_not_found: kein virtueller Host für %1 auf Port %2 (vergleichen Sie die hosts des Gateways mit hosts und gateways des VirtualService)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>301 to %1 (httpsRedirect)</source>
        <translation>301 auf %1 (httpsRedirect)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>route %1</source>
        <translation>Route %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no match conditions (catch-all)</source>
        <translation>Keine Match-Bedingungen (Catch-all)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+4"/>
        <source>match[%1]: %2</source>
        <translation>match[%1]: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>404 NR route_not_found: no route of virtual host %1 matches</source>
        <translation>404 NR route_not_found: keine Route des virtuellen Hosts %1 passt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 redirect to %2</source>
        <translation>%1-Weiterleitung auf %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 direct response (%2 bytes) from route %3</source>
        <translation>%1 Direktantwort (%2 Bytes) von Route %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>fault</source>
        <translation>Fehlerinjektion</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>delay %1 ms for %2% of requests (flag DI)</source>
        <translation>Verzögerung um %1 ms für %2 % der Anfragen (Flag DI)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>abort with %1 for %2% of requests (flag FI)</source>
        <translation>Abbruch mit %1 für %2 % der Anfragen (Flag FI)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>rewrite</source>
        <translation>Umschreibung</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>the matched path prefix becomes %1</source>
        <translation>Das gematchte Pfadpräfix wird zu %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host becomes %1</source>
        <translation>Host wird zu %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>timeout</source>
        <translation>Timeout</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>retries</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>up to %1 more attempts, %2 ms each, on %3</source>
        <translation>bis zu %1 weitere Versuche, je %2 ms, bei %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>up to %1 more attempts on %2</source>
        <translation>bis zu %1 weitere Versuche bei %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> via route %1</source>
        <translation> über Route %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>503 NC: the route has no destination</source>
        <translation>503 NC: die Route hat kein Ziel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (not in the registry: 503 NC)</source>
        <translation>%1 (nicht in der Registry: 503 NC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weighted target</source>
        <translation>Gewichtetes Ziel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 gets %2 of requests</source>
        <translation>%1 erhält %2 der Anfragen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (heaviest of %1 weighted targets)</source>
        <translation> (schwerstes von %1 gewichteten Zielen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>503 NC: destination host %1 is not in the service registry (no ServiceEntry with that host and port, or the subset is not defined)</source>
        <translation>503 NC: Zielhost %1 ist nicht in der Service-Registry (kein ServiceEntry mit diesem Host und Port, oder das Subset ist nicht definiert)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the original destination</source>
        <translation>das ursprüngliche Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ %1 (original destination)</source>
        <translation>→ %1 (ursprüngliches Ziel)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>502: %1 drops traffic to hosts outside the registry (REGISTRY_ONLY)</source>
        <translation>502: %1 verwirft Verkehr zu Hosts außerhalb der Registry (REGISTRY_ONLY)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>503 UH no healthy upstream: ServiceEntry %1 has resolution NONE, and a gateway has no original destination to forward to (istio/istio#7426); use DNS or STATIC</source>
        <translation>503 UH no healthy upstream: ServiceEntry %1 hat resolution NONE, und ein Gateway hat kein ursprüngliches Ziel, an das es weiterleiten könnte (istio/istio#7426); verwenden Sie DNS oder STATIC</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1:%2 (weight %3)</source>
        <translation>%1:%2 (Gewicht %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>503 UH no healthy upstream: %1 has no endpoints</source>
        <translation>503 UH no healthy upstream: %1 hat keine Endpunkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>503 UH no healthy upstream: no endpoint of %1 has the labels of subset %2</source>
        <translation>503 UH no healthy upstream: kein Endpunkt von %1 hat die Labels des Subsets %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>→ %1 (%2, 1 endpoint)</source>
        <translation>→ %1 (%2, 1 Endpunkt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ %1 (%2, %3 endpoints)</source>
        <translation>→ %1 (%2, %3 Endpunkte)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>filter chain %1 (%2)</source>
        <translation>Filterkette %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>SNI %1 matches %2</source>
        <translation>SNI %1 passt zu %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SNI %1 matches %2 too, but %3 is more specific</source>
        <translation>SNI %1 passt auch zu %2, aber %3 ist spezifischer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no SNI, and the chain needs %1</source>
        <translation>Kein SNI, aber die Kette benötigt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SNI %1 is not %2</source>
        <translation>SNI %1 ist nicht %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>connection closed after the ClientHello: the client sent no SNI, so no filter chain matches (NR filter_chain_not_found, istio/istio#32466)</source>
        <translation>Verbindung nach dem ClientHello geschlossen: der Client hat kein SNI gesendet, daher passt keine Filterkette (NR filter_chain_not_found, istio/istio#32466)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection closed after the ClientHello: no filter chain for SNI %1 (NR filter_chain_not_found)</source>
        <translation>Verbindung nach dem ClientHello geschlossen: keine Filterkette für SNI %1 (NR filter_chain_not_found)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> via %1</source>
        <translation> über %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>TLS server %1 (%2)</source>
        <translation>TLS-Server %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SNI %1 matches %2; its certificate %3 is presented</source>
        <translation>SNI %1 passt zu %2; sein Zertifikat %3 wird vorgelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no SNI, and the server needs one of its hosts</source>
        <translation>kein SNI, und der Server braucht einen seiner Hosts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SNI %1 matches %2 too, but another server is more specific</source>
        <translation>SNI %1 passt auch zu %2, aber ein anderer Server ist spezifischer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SNI %1 is none of its hosts</source>
        <translation>SNI %1 ist keiner seiner Hosts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>connection closed after the ClientHello: the client sent no SNI and no HTTPS server on this port is for * (NR filter_chain_not_found)</source>
        <translation>Verbindung nach dem ClientHello geschlossen: der Client hat kein SNI gesendet, und kein HTTPS-Server auf diesem Port ist für * (NR filter_chain_not_found)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection closed after the ClientHello: no HTTPS server on this port is for SNI %1 (NR filter_chain_not_found)</source>
        <translation>Verbindung nach dem ClientHello geschlossen: kein HTTPS-Server auf diesem Port ist für SNI %1 (NR filter_chain_not_found)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>tcp routes</source>
        <translation>TCP-Routen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no tcp route of a VirtualService bound to %1 applies to port %2</source>
        <translation>Keine TCP-Route eines an %1 gebundenen VirtualService gilt für Port %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection closed: no tcp route for port %1</source>
        <translation>Verbindung geschlossen: keine TCP-Route für Port %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tcp route %1</source>
        <translation>TCP-Route %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the first tcp route for this port</source>
        <translation>die erste TCP-Route für diesen Port</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no mesh VirtualService routes %1</source>
        <translation>Kein Mesh-VirtualService routet %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this connection</source>
        <translation>diese Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>outbound policy</source>
        <translation>Outbound-Richtlinie</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>ALLOW_ANY: forwarded to the original destination %1:%2</source>
        <translation>ALLOW_ANY: an das ursprüngliche Ziel %1:%2 weitergeleitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REGISTRY_ONLY: %1:%2 is not a ServiceEntry host and port</source>
        <translation>REGISTRY_ONLY: %1:%2 ist kein Host und Port eines ServiceEntry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a ServiceEntry defines %1 port %2</source>
        <translation>Ein ServiceEntry definiert %1 Port %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection closed: %1 is not in the registry (REGISTRY_ONLY)</source>
        <translation>Verbindung geschlossen: %1 ist nicht in der Registry (REGISTRY_ONLY)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>result: %1
</source>
        <translation>Ergebnis: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cluster: %1
</source>
        <translation>Cluster: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>endpoint: %1
</source>
        <translation>Endpunkt: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>location: %1
</source>
        <translation>Location: %1
</translation>
    </message>
</context>
<context>
    <name>RouteMapGraph</name>
    <message>
        <location filename="../ui/routemap/routemapgraph.cpp" line="+59"/>
        <source>static</source>
        <translation>statisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS round robin</source>
        <translation>DNS-Round-Robin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no resolution</source>
        <translation>keine Auflösung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>original destination</source>
        <translation>ursprüngliches Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>black hole</source>
        <translation>Blackhole</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n header(s)</source>
        <translation>
            <numerusform>%n Header</numerusform>
            <numerusform>%n Header</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n query parameter(s)</source>
        <translation>
            <numerusform>%n Query-Parameter</numerusform>
            <numerusform>%n Query-Parameter</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>any request</source>
        <translation>jede Anfrage</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>redirect %1</source>
        <translation>Weiterleitung %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>direct response %1</source>
        <translation>Direktantwort %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source> (+%n more)</source>
        <translation>
            <numerusform> (+%n weitere)</numerusform>
            <numerusform> (+%n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Gateway port %1 of %2, listening on %3 (%4)</source>
        <translation>Gateway-Port %1 von %2, lauscht auf %3 (%4)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Server %1 of Gateway %2 on port %3, listening on %4 (%5): clients asking for %6 by SNI get its certificate and routes</source>
        <translation>Server %1 des Gateways %2 auf Port %3, lauscht auf %4 (%5): Clients, die per SNI nach %6 fragen, erhalten sein Zertifikat und seine Routen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>mesh :%1</source>
        <translation>mesh :%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forward proxy · HTTP and TLS</source>
        <translation>Forward-Proxy · HTTP und TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mesh forward proxy on port %1: VirtualServices bound to the &quot;mesh&quot; gateway, and ServiceEntry hosts by default</source>
        <translation>Der Mesh-Forward-Proxy auf Port %1: VirtualServices, die an das Gateway &quot;mesh&quot; gebunden sind, sowie standardmäßig die Hosts der ServiceEntries</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>%n route(s)</source>
        <translation>
            <numerusform>%n Route</numerusform>
            <numerusform>%n Routen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · HTTPS redirect</source>
        <translation> · HTTPS-Weiterleitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual host %1
Domains: %2</source>
        <translation>Virtueller Host %1
Domains: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Route %1 of VirtualService %2</source>
        <translation>Route %1 von VirtualService %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SNI · TLS passthrough</source>
        <translation>SNI · TLS-Passthrough</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS connections whose ClientHello names %1</source>
        <translation>TLS-Verbindungen, deren ClientHello den Namen %1 enthält</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sni %1</source>
        <translation>sni %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS route %1 of VirtualService %2</source>
        <translation>TLS-Route %1 von VirtualService %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every connection</source>
        <translation>jede Verbindung</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n destination(s)</source>
        <translation>
            <numerusform>%n Ziel</numerusform>
            <numerusform>%n Ziele</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not in the registry · 503 NC</source>
        <translation>nicht in der Registry · 503 NC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No ServiceEntry defines %1, so requests routed there get 503 NC</source>
        <translation>Kein ServiceEntry definiert %1, daher erhalten dorthin geroutete Anfragen 503 NC</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> · subset %1</source>
        <translation> · Subset %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Cluster %1
Host %2, port %3, %n endpoint(s)</source>
        <translation>
            <numerusform>Cluster %1
Host %2, Port %3, %n Endpunkt</numerusform>
            <numerusform>Cluster %1
Host %2, Port %3, %n Endpunkte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>resolved by DNS · weight %1</source>
        <translation>per DNS aufgelöst · Gewicht %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight %1</source>
        <translation>Gewicht %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>requested host:port</source>
        <translation>angefragter Host:Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passthrough</source>
        <translation>Passthrough</translation>
    </message>
</context>
<context>
    <name>RouteMatcher</name>
    <message>
        <location filename="../proxycore/routing/routematcher.cpp" line="+126"/>
        <source>gateway %1 is not %2</source>
        <translation>Gateway %1 ist nicht %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>gateway %1</source>
        <translation>Gateway %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>port %1 is not %2</source>
        <translation>Port %1 ist nicht %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>uri %1%2 does not match %3</source>
        <translation>URI %1%2 passt nicht zu %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (ignoring case)</source>
        <translation> (ohne Beachtung der Groß-/Kleinschreibung)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>uri %1 matches %2</source>
        <translation>URI %1 passt zu %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2 does not match %3</source>
        <translation>%1 %2 passt nicht zu %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 matches</source>
        <translation>%1 %2 passt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>header %1 missing</source>
        <translation>Header %1 fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>header %1 value %2 does not match %3</source>
        <translation>Header %1 mit Wert %2 passt nicht zu %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>header %1 %2</source>
        <translation>Header %1 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>header %1 is present (withoutHeaders)</source>
        <translation>Header %1 ist vorhanden (withoutHeaders)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>header %1 value %2 matches %3 (withoutHeaders)</source>
        <translation>Header %1 mit Wert %2 passt zu %3 (withoutHeaders)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>without header %1 %2</source>
        <translation>ohne Header %1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>query parameter %1 missing</source>
        <translation>Query-Parameter %1 fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>query parameter %1 value %2 does not match %3</source>
        <translation>Query-Parameter %1 mit Wert %2 passt nicht zu %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>query parameter %1 %2</source>
        <translation>Query-Parameter %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no conditions</source>
        <translation>Keine Bedingungen</translation>
    </message>
</context>
<context>
    <name>RouteTableCompiler</name>
    <message>
        <location filename="../proxycore/routing/routetablecompiler.cpp" line="+35"/>
        <source>AUTO_PASSTHROUGH routes mesh-internal SNI names; treated as PASSTHROUGH</source>
        <translation>AUTO_PASSTHROUGH routet Mesh-interne SNI-Namen; wird als PASSTHROUGH behandelt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS servers that terminate (mode %1) and then proxy TCP are not supported</source>
        <translation>TLS-Server, die terminieren (Modus %1) und dann TCP weiterleiten, werden nicht unterstützt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tls mode %1 needs mesh certificates and is not supported</source>
        <translation>TLS-Modus %1 benötigt Mesh-Zertifikate und wird nicht unterstützt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>protocol &quot;%1&quot; is not supported</source>
        <translation>Protokoll &quot;%1&quot; wird nicht unterstützt</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>%1: no valid port number; server skipped</source>
        <translation>%1: keine gültige Portnummer; Server übersprungen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>port %1 with the port offset gives %2, which is not a port; this server is skipped (change the port or the port offset)</source>
        <translation>Port %1 ergibt mit dem Port-Versatz %2, das ist kein Port; dieser Server wird übersprungen (Port oder Port-Versatz ändern)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: bind &quot;%2&quot; is not an IP address; listening on %3</source>
        <translation>%1: bind &quot;%2&quot; ist keine IP-Adresse; lausche auf %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>port %1 maps to local port %2, which is the mesh forward proxy&apos;s; only one of them can open (change a port, the port offset or the mesh port)</source>
        <translation>Port %1 wird zum lokalen Port %2, dem Port des Mesh-Forward-Proxys; nur einer von beiden kann öffnen (einen Port, den Port-Versatz oder den Mesh-Port ändern)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>port %1 maps to local port %2, which is the admin endpoint&apos;s; only one of them can open (change a port, the port offset or the admin port)</source>
        <translation>Port %1 wird zum lokalen Port %2, dem Port des Admin-Endpunkts; nur einer von beiden kann öffnen (einen Port, den Port-Versatz oder den Admin-Port ändern)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>port %1 maps to local port %2, which port %3 of Gateway %4 already uses; this server is skipped (change a port or the port offset)</source>
        <translation>Port %1 wird zum lokalen Port %2, den schon Port %3 von Gateway %4 belegt; dieser Server wird übersprungen (einen Port oder den Port-Versatz ändern)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 port %3 is already served as %4 by Gateway %5; server skipped</source>
        <translation>%1: %2-Port %3 wird bereits als %4 von Gateway %5 bedient; Server übersprungen</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>for host %1 on port %2 this route is never used: %3 of VirtualService %4 matches every request first (the routes of all VirtualServices for a host are merged, catch-alls last)</source>
        <translation>für Host %1 auf Port %2 wird diese Route nie verwendet: %3 von VirtualService %4 passt vorher auf jede Anfrage (die Routen aller VirtualServices eines Hosts werden zusammengeführt, Catch-alls zuletzt)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>SNI %1: %2 is ignored, %3 already routes it</source>
        <translation>SNI %1: %2 wird ignoriert, %3 routet es bereits</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>mesh host %1: VirtualService %2 is ignored, %3 already routes it (IST0109)</source>
        <translation>Mesh-Host %1: VirtualService %2 wird ignoriert, %3 routet ihn bereits (IST0109)</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Gateway %1: server %2 on port %3 skipped: host %4 is already served by another TLS server on that port</source>
        <translation>Gateway %1: Server %2 auf Port %3 übersprungen: Host %4 wird bereits von einem anderen TLS-Server auf diesem Port bedient</translation>
    </message>
</context>
<context>
    <name>SafeFileWriter</name>
    <message>
        <location filename="../ui/common/safefilewriter.cpp" line="+46"/>
        <source>cannot write the backup %1: %2</source>
        <translation>Die Sicherungskopie %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>StringMatcher</name>
    <message>
        <location filename="../proxycore/routing/stringmatcher.cpp" line="+41"/>
        <source>regex &quot;%1&quot; does not compile: %2</source>
        <translation>Regex &quot;%1&quot; lässt sich nicht kompilieren: %2</translation>
    </message>
</context>
<context>
    <name>TopTracker</name>
    <message>
        <location filename="../ui/charts/toptracker.cpp" line="+55"/>
        <source>(unnamed route)</source>
        <translation>(unbenannte Route)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no route)</source>
        <translation>(keine Route)</translation>
    </message>
</context>
<context>
    <name>TrafficCharts</name>
    <message>
        <location filename="../ui/charts/trafficcharts.cpp" line="+89"/>
        <source>Requests/s by status</source>
        <translation>Anfragen/s nach Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active connections</source>
        <translation>Aktive Verbindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>in</source>
        <translation>ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>B/s</source>
        <translation>B/s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MiB/s</source>
        <translation>MiB/s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KiB/s</source>
        <translation>KiB/s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Throughput (%1)</source>
        <translation>Durchsatz (%1)</translation>
    </message>
</context>
<context>
    <name>UnknownFields</name>
    <message>
        <location filename="../ui/common/unknownfields.cpp" line="+25"/>
        <source>%1 (%2:%3:%4): %5</source>
        <translation>%1 (%2:%3:%4): %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 line %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiteres</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <location filename="../proxycore/config/crossvalidator.cpp" line="+119"/>
        <source>%1 &quot;%2&quot; is defined twice (first in %3)</source>
        <translation>%1 &quot;%2&quot; ist doppelt definiert (zuerst in %3)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>port %1 is already claimed as %2 by Gateway %3; one port cannot serve %4 and %2</source>
        <translation>Port %1 ist bereits als %2 von Gateway %3 belegt; ein Port kann nicht %4 und %2 zugleich bedienen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Gateway %1 also serves &quot;%2&quot; on port %3 for the same workload; their routes are merged, and istioctl analyze reports the conflict (IST0145)</source>
        <translation>Gateway %1 bedient „%2“ auf Port %3 ebenfalls für denselben Workload; ihre Routen werden zusammengeführt, und istioctl analyze meldet den Konflikt (IST0145)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>gateway &quot;%1&quot; not found: gateways are referenced as namespace/name, e.g. &quot;%2/%3&quot; (istio/istio#26695)</source>
        <translation>Gateway &quot;%1&quot; nicht gefunden: Gateways werden als namespace/name referenziert, z. B. &quot;%2/%3&quot; (istio/istio#26695)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>gateway &quot;%1&quot; not found (looked for Gateway %2)</source>
        <translation>Gateway &quot;%1&quot; nicht gefunden (gesucht wurde Gateway %2)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>none of the hosts %1 is exposed by Gateway %2; its routes never apply there (IST0132)</source>
        <translation>Keiner der Hosts %1 wird von Gateway %2 bereitgestellt; die Routen dieses VirtualService greifen dort nie (IST0132)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>host &quot;%1&quot; is not defined by any ServiceEntry; requests routed here get 503 NC</source>
        <translation>Host &quot;%1&quot; ist in keinem ServiceEntry definiert; hierher geroutete Anfragen erhalten 503 NC</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>; meinten Sie &quot;%1&quot;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>host &quot;%1&quot; has %2 ports; set destination.port so the route does not depend on the listener port (IST0112)</source>
        <translation>Host &quot;%1&quot; hat %2 Ports; setzen Sie destination.port, damit die Route nicht vom Listener-Port abhängt (IST0112)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>port %1 is not a port of host &quot;%2&quot;</source>
        <translation>Port %1 ist kein Port des Hosts &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>subset &quot;%1&quot; of host &quot;%2&quot; is not defined by any DestinationRule</source>
        <translation>Subset &quot;%1&quot; des Hosts &quot;%2&quot; ist in keiner DestinationRule definiert</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Gateway %1 has no server on port %2</source>
        <translation>Gateway %1 hat keinen Server auf Port %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tls route bound to Gateway %1%2, which has no TLS PASSTHROUGH server there; tls routes only apply to PASSTHROUGH servers</source>
        <translation>TLS-Route an Gateway %1%2 gebunden, das dort keinen TLS-PASSTHROUGH-Server hat; TLS-Routen gelten nur für PASSTHROUGH-Server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> port %1</source>
        <translation> Port %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>no VirtualService bound to this gateway serves host &quot;%1&quot;; its connections are closed (NR)</source>
        <translation>kein an dieses Gateway gebundener VirtualService bedient Host „%1“; seine Verbindungen werden geschlossen (NR)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no VirtualService bound to this gateway serves host &quot;%1&quot;; its requests get 404 NR</source>
        <translation>Kein an dieses Gateway gebundener VirtualService bedient Host &quot;%1&quot;; seine Anfragen erhalten 404 NR</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>no gateways: this VirtualService binds only to the mesh, so Gateway %1, which exposes &quot;%2&quot;, answers 404 NR for it; add gateways: [%1] (and mesh, to keep mesh traffic)</source>
        <translation>keine gateways: dieser VirtualService gilt nur für das Mesh, daher antwortet Gateway %1, das „%2“ bereitstellt, dafür mit 404 NR; ergänzen Sie gateways: [%1] (und mesh, um den Mesh-Verkehr zu behalten)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>host &quot;%1&quot; is also claimed for the mesh by VirtualService %2; only one takes effect (IST0109)</source>
        <translation>Host &quot;%1&quot; wird für das Mesh auch von VirtualService %2 beansprucht; nur einer wird wirksam (IST0109)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>DestinationRule %1 already applies to host &quot;%2&quot;; its policy wins and only new subsets are added from this one</source>
        <translation>DestinationRule %1 gilt bereits für Host &quot;%2&quot;; deren Richtlinie hat Vorrang, aus dieser werden nur neue Subsets übernommen</translation>
    </message>
    <message>
        <location filename="../proxycore/config/validator.cpp" line="+96"/>
        <source>cipher suite &quot;%1&quot; is listed twice; the repeat is ignored</source>
        <translation>Cipher-Suite „%1“ steht doppelt in der Liste; die Wiederholung wird ignoriert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cipher suite &quot;%1&quot; is not offered by this machine&apos;s OpenSSL and is ignored, as Istio ignores unsupported suites</source>
        <translation>Cipher-Suite „%1“ wird vom OpenSSL dieses Rechners nicht angeboten und ignoriert, wie Istio nicht unterstützte Suites ignoriert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is a TLS 1.3 suite; cipherSuites only chooses TLS 1.2 and below, so it is ignored</source>
        <translation>„%1“ ist eine TLS-1.3-Suite; cipherSuites wählt nur für TLS 1.2 und älter, daher wird sie ignoriert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no usable cipher suite is left; the default list applies</source>
        <translation>keine verwendbare Cipher-Suite übrig; es gilt die Standardliste</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>port number is required</source>
        <translation>Portnummer ist erforderlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>port %1 is out of range (1-65535)</source>
        <translation>Port %1 liegt außerhalb des gültigen Bereichs (1-65535)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a duration (e.g. 5s, 250ms, 1h)</source>
        <translation>&quot;%1&quot; ist keine Dauer (z. B. 5s, 250ms, 1h)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duration %1 is shorter than 1ms</source>
        <translation>Dauer %1 ist kürzer als 1ms</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; ist keiner von %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>percentage %1 is outside 0-100</source>
        <translation>Prozentsatz %1 liegt außerhalb von 0-100</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>regex longer than 1024 characters</source>
        <translation>Regex länger als 1024 Zeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>regex does not compile: %1 at offset %2</source>
        <translation>Regex lässt sich nicht kompilieren: %1 an Position %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a string match needs exact, prefix or regex</source>
        <translation>Ein String-Match benötigt exact, prefix oder regex</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a valid header name</source>
        <translation>&quot;%1&quot; ist kein gültiger Header-Name</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>header value contains CR, LF or NUL, which would inject headers</source>
        <translation>Header-Wert enthält CR, LF oder NUL, was Header einschleusen würde</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>destination host is required</source>
        <translation>Zielhost ist erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>destination host &quot;%1&quot;: %2</source>
        <translation>Zielhost &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>destination host cannot be a wildcard</source>
        <translation>Zielhost darf kein Platzhalter sein</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+224"/>
        <source>weight must not be negative</source>
        <translation>Gewicht darf nicht negativ sein</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>all destination weights are 0; no traffic can be routed</source>
        <translation>Alle Zielgewichte sind 0; es kann kein Verkehr geroutet werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>destination weights sum to %1, not 100; traffic is split in proportion to the weights</source>
        <translation>Die Zielgewichte ergeben in Summe %1, nicht 100; der Verkehr wird im Verhältnis der Gewichte aufgeteilt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>metadata.name is required</source>
        <translation>metadata.name ist erforderlich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name &quot;%1&quot; must be lower-case letters, digits, &apos;-&apos; or &apos;.&apos;, starting and ending with a letter or digit</source>
        <translation>Name &quot;%1&quot; darf nur Kleinbuchstaben, Ziffern, &apos;-&apos; oder &apos;.&apos; enthalten und muss mit einem Buchstaben oder einer Ziffer beginnen und enden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>namespace &quot;%1&quot; is not a valid name</source>
        <translation>Namespace &quot;%1&quot; ist kein gültiger Name</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a Gateway needs at least one server</source>
        <translation>Ein Gateway benötigt mindestens einen Server</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+117"/>
        <source>port name is required</source>
        <translation>Portname ist erforderlich</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>port name &quot;%1&quot; is used by another server</source>
        <translation>Portname &quot;%1&quot; wird von einem anderen Server verwendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>port protocol is required</source>
        <translation>Portprotokoll ist erforderlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>targetPort is not allowed on a Gateway server</source>
        <translation>targetPort ist auf einem Gateway-Server nicht erlaubt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a server needs at least one host</source>
        <translation>Ein Server benötigt mindestens einen Host</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a namespace (use *, . or a namespace name)</source>
        <translation>&quot;%1&quot; ist kein Namespace (verwenden Sie *, . oder einen Namespace-Namen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+76"/>
        <location line="+147"/>
        <location line="+197"/>
        <source>host &quot;%1&quot;: %2</source>
        <translation>Host &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="-417"/>
        <source>bind must be an IP address</source>
        <translation>bind muss eine IP-Adresse sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a %1 server needs a tls block (mode PASSTHROUGH, SIMPLE or MUTUAL)</source>
        <translation>Ein %1-Server benötigt einen tls-Block (Modus PASSTHROUGH, SIMPLE oder MUTUAL)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a plain %1 server may only set tls.httpsRedirect</source>
        <translation>Ein reiner %1-Server darf nur tls.httpsRedirect setzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a %1 server cannot have tls settings; use protocol TLS</source>
        <translation>Ein %1-Server kann keine TLS-Einstellungen haben; verwenden Sie Protokoll TLS</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tls mode %1 needs serverCertificate and privateKey (or credentialName)</source>
        <translation>TLS-Modus %1 benötigt serverCertificate und privateKey (oder credentialName)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tls mode %1 needs caCertificates to verify clients</source>
        <translation>TLS-Modus %1 benötigt caCertificates, um Clients zu verifizieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>subjectAltNames checks client certificates, which mode SIMPLE does not ask for</source>
        <translation>subjectAltNames prüft Client-Zertifikate, die der Modus SIMPLE nicht anfordert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>credentialName refers to a Kubernetes secret, which a local gateway cannot read; set serverCertificate and privateKey for local use</source>
        <translation>credentialName verweist auf ein Kubernetes-Secret, das ein lokales Gateway nicht lesen kann; setzen Sie für die lokale Nutzung serverCertificate und privateKey</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tls mode %1 needs the mesh&apos;s mTLS identities and is not supported by the local engine</source>
        <translation>TLS-Modus %1 benötigt die mTLS-Identitäten des Mesh und wird von der lokalen Engine nicht unterstützt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cipherSuites has no effect in %1 mode: the gateway does not terminate TLS</source>
        <translation>cipherSuites wirkt im Modus %1 nicht: das Gateway terminiert TLS nicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an HTTPS server in PASSTHROUGH mode cannot route on HTTP attributes; use protocol TLS with tls routes, or mode SIMPLE</source>
        <translation>Ein HTTPS-Server im PASSTHROUGH-Modus kann nicht nach HTTP-Attributen routen; verwenden Sie Protokoll TLS mit TLS-Routen oder Modus SIMPLE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a ServiceEntry needs at least one host</source>
        <translation>Ein ServiceEntry benötigt mindestens einen Host</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;*&quot; is not allowed as a ServiceEntry host</source>
        <translation>&quot;*&quot; ist als ServiceEntry-Host nicht erlaubt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>port %1 is listed twice</source>
        <translation>Port %1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>port name &quot;%1&quot; must be a DNS-1123 label</source>
        <translation>Portname &quot;%1&quot; muss ein DNS-1123-Label sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>port name &quot;%1&quot; is used twice</source>
        <translation>Portname &quot;%1&quot; wird doppelt verwendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no protocol; the port is treated as TCP</source>
        <translation>Kein Protokoll; der Port wird als TCP behandelt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>resolution NONE cannot have endpoints</source>
        <translation>resolution NONE kann keine Endpunkte haben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>resolution NONE: behind a gateway there is no original destination, so every request gets 503 UH &quot;no healthy upstream&quot; (istio/istio#7426); use DNS or STATIC</source>
        <translation>resolution NONE: hinter einem Gateway gibt es kein ursprüngliches Ziel, daher erhält jede Anfrage 503 UH &quot;no healthy upstream&quot; (istio/istio#7426); verwenden Sie DNS oder STATIC</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>resolution DNS without endpoints needs fully qualified hosts, not &quot;%1&quot;</source>
        <translation>resolution DNS ohne Endpunkte benötigt vollqualifizierte Hosts, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>resolution DNS_ROUND_ROBIN allows at most one endpoint</source>
        <translation>resolution DNS_ROUND_ROBIN erlaubt höchstens einen Endpunkt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>resolution STATIC without endpoints: requests get 503 UH &quot;no healthy upstream&quot;</source>
        <translation>resolution STATIC ohne Endpunkte: Anfragen erhalten 503 UH &quot;no healthy upstream&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>endpoint address is required</source>
        <translation>Endpunktadresse ist erforderlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>resolution STATIC needs IP addresses; &quot;%1&quot; is a name (use resolution DNS)</source>
        <translation>resolution STATIC benötigt IP-Adressen; &quot;%1&quot; ist ein Name (verwenden Sie resolution DNS)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>endpoint port &quot;%1&quot; names no port of this ServiceEntry</source>
        <translation>Endpunkt-Port &quot;%1&quot; bezeichnet keinen Port dieses ServiceEntry</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>maxConnections must be at least 1</source>
        <translation>maxConnections muss mindestens 1 sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>maxRequestsPerConnection must not be negative</source>
        <translation>maxRequestsPerConnection darf nicht negativ sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be between 0 and 100</source>
        <translation>Muss zwischen 0 und 100 liegen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>tls mode MUTUAL needs clientCertificate and privateKey</source>
        <translation>TLS-Modus MUTUAL benötigt clientCertificate und privateKey</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ISTIO_MUTUAL needs mesh identities; the local engine connects without TLS</source>
        <translation>ISTIO_MUTUAL benötigt Mesh-Identitäten; die lokale Engine verbindet sich ohne TLS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no sni: the upstream TLS handshake sends the request&apos;s Host as SNI (set sni explicitly when the upstream expects another name, istio/istio#50997)</source>
        <translation>Kein sni: der Upstream-TLS-Handshake sendet den Host der Anfrage als SNI (setzen Sie sni explizit, wenn der Upstream einen anderen Namen erwartet, istio/istio#50997)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>credentialName refers to a Kubernetes secret, which a local gateway cannot read</source>
        <translation>credentialName verweist auf ein Kubernetes-Secret, das ein lokales Gateway nicht lesen kann</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>host is required</source>
        <translation>Host ist erforderlich</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>subset name is required</source>
        <translation>Subset-Name ist erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subset &quot;%1&quot; is defined twice</source>
        <translation>Subset &quot;%1&quot; ist doppelt definiert</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>an HTTP route needs route, redirect or directResponse</source>
        <translation>Eine HTTP-Route benötigt route, redirect oder directResponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an HTTP route cannot have both route and redirect</source>
        <translation>Eine HTTP-Route kann nicht sowohl route als auch redirect haben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>directResponse cannot be combined with route or redirect</source>
        <translation>directResponse kann nicht mit route oder redirect kombiniert werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rewrite cannot be combined with redirect</source>
        <translation>rewrite kann nicht mit redirect kombiniert werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>header names in matches must be lower-case (&quot;%1&quot;)</source>
        <translation>Header-Namen in Matches müssen kleingeschrieben sein (&quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>redirect takes uri or prefixRewrite, not both</source>
        <translation>redirect akzeptiert uri oder prefixRewrite, nicht beides</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>redirectCode %1 is not one of 301, 302, 303, 307, 308</source>
        <translation>redirectCode %1 ist keiner von 301, 302, 303, 307, 308</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>redirect values must not contain CR or LF</source>
        <translation>Redirect-Werte dürfen kein CR oder LF enthalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>directResponse needs a status</source>
        <translation>directResponse benötigt einen status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>status %1 is outside 200-599</source>
        <translation>Status %1 liegt außerhalb von 200-599</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>body.bytes is not valid base64</source>
        <translation>body.bytes ist kein gültiges Base64</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rewrite takes uri or uriRegexRewrite, not both</source>
        <translation>rewrite akzeptiert uri oder uriRegexRewrite, nicht beides</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rewrite values must not contain CR, LF or NUL</source>
        <translation>Rewrite-Werte dürfen kein CR, LF oder NUL enthalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>regex does not compile</source>
        <translation>Regex lässt sich nicht kompilieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>attempts must not be negative</source>
        <translation>attempts darf nicht negativ sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a valid retryOn policy: no spaces around the commas</source>
        <translation>„%1“ ist keine gültige retryOn-Bedingung: keine Leerzeichen um die Kommas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a valid retryOn policy (5xx, gateway-error, reset, connect-failure, retriable-4xx, refused-stream, retriable-status-codes, an HTTP status code, ...)</source>
        <translation>„%1“ ist keine gültige retryOn-Bedingung (5xx, gateway-error, reset, connect-failure, retriable-4xx, refused-stream, retriable-status-codes, ein HTTP-Statuscode, …)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>retries has no attempts (or 0), so retries are off and its other fields do nothing; newer Istio refuses this. Set attempts (Istio&apos;s default is 2)</source>
        <translation>retries hat keine attempts (oder 0), daher sind Wiederholungen aus und die übrigen Felder wirkungslos; neuere Istio-Versionen lehnen das ab. Setzen Sie attempts (Istios Vorgabe ist 2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fault needs delay or abort</source>
        <translation>fault benötigt delay oder abort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>delay needs fixedDelay</source>
        <translation>delay benötigt fixedDelay</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>abort needs httpStatus</source>
        <translation>abort benötigt httpStatus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>httpStatus %1 is outside 200-599</source>
        <translation>httpStatus %1 liegt außerhalb von 200-599</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a VirtualService needs at least one http, tls or tcp route</source>
        <translation>Ein VirtualService benötigt mindestens eine http-, tls- oder tcp-Route</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a VirtualService needs at least one host (delegate VirtualServices are not supported locally)</source>
        <translation>Ein VirtualService benötigt mindestens einen Host (delegierte VirtualServices werden lokal nicht unterstützt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;*&quot; is not allowed for the mesh gateway; bind the VirtualService to a gateway</source>
        <translation>&quot;*&quot; ist für das mesh-Gateway nicht erlaubt; binden Sie den VirtualService an ein Gateway</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>host &quot;%1&quot; is listed twice</source>
        <translation>Host &quot;%1&quot; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host &quot;%1&quot; overlaps &quot;%2&quot;</source>
        <translation>Host &quot;%1&quot; überschneidet sich mit &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no gateways: this VirtualService applies to the mesh (the forward proxy) only, not to any Gateway</source>
        <translation>Keine gateways: dieser VirtualService gilt nur für das Mesh (den Forward-Proxy), nicht für ein Gateway</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>route is unreachable: an earlier route matches every request (IST0130)</source>
        <translation>Route ist unerreichbar: eine frühere Route passt auf jede Anfrage (IST0130)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a tls route needs at least one match</source>
        <translation>Eine TLS-Route benötigt mindestens ein Match</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a tls match needs sniHosts</source>
        <translation>Ein TLS-Match benötigt sniHosts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sniHost &quot;%1&quot; is not covered by the VirtualService hosts</source>
        <translation>sniHost &quot;%1&quot; ist nicht durch die hosts des VirtualService abgedeckt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a tls route needs at least one destination</source>
        <translation>Eine TLS-Route benötigt mindestens ein Ziel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a tcp route needs at least one destination</source>
        <translation>Eine TCP-Route benötigt mindestens ein Ziel</translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <location filename="../proxycore/config/yamlreader.cpp" line="+199"/>
        <source>key longer than %1 characters</source>
        <translation>Schlüssel länger als %1 Zeichen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>duplicate key &quot;%1&quot;</source>
        <translation>Doppelter Schlüssel &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>YAML syntax error: &apos;,&apos; can only separate items inside [ ] or { }</source>
        <translation>YAML-Syntaxfehler: &apos;,&apos; darf Einträge nur innerhalb von [ ] oder { } trennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YAML syntax error: unexpected &apos;%1&apos;</source>
        <translation>YAML-Syntaxfehler: unerwartetes „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YAML syntax error: unexpected character</source>
        <translation>YAML-Syntaxfehler: unerwartetes Zeichen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>document too large or too deeply nested (more than %1 nodes after expanding aliases)</source>
        <translation>Dokument zu groß oder zu tief verschachtelt (mehr als %1 Knoten nach dem Auflösen von Aliasen)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>document too large for the memory available</source>
        <translation>Dokument zu groß für den verfügbaren Speicher</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
</context>
<context>
    <name>formutil</name>
    <message>
        <location filename="../ui/editors/formutil.cpp" line="+110"/>
        <source>Header conditions separated by &quot;;&quot;: name=value (exact), name^=value (prefix), name~=regex</source>
        <translation>Header-Bedingungen, getrennt durch &quot;;&quot;: name=wert (exakt), name^=wert (Präfix), name~=regex</translation>
    </message>
</context>
<context>
    <name>meshgate::AccessLogDetails</name>
    <message>
        <location filename="../ui/logs/accesslogdetails.cpp" line="+25"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Log line</source>
        <translation>Protokollzeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start time</source>
        <translation>Startzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TCP connection</source>
        <translation>TCP-Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested server name</source>
        <translation>Angefragter Servername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response code</source>
        <translation>Antwortcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response flags</source>
        <translation>Response-Flags</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Response code details</source>
        <translation>Details zum Antwortcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection termination details</source>
        <translation>Details zum Verbindungsende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes received</source>
        <translation>Empfangene Bytes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes sent</source>
        <translation>Gesendete Bytes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Upstream service time</source>
        <translation>Upstream-Servicezeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream cluster</source>
        <translation>Upstream-Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream host</source>
        <translation>Upstream-Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream local address</source>
        <translation>Lokale Upstream-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream transport failure reason</source>
        <translation>Grund für Upstream-Transportfehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downstream remote address</source>
        <translation>Entfernte Downstream-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downstream local address</source>
        <translation>Lokale Downstream-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>X-Forwarded-For</source>
        <translation>X-Forwarded-For</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request ID</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request header %1</source>
        <translation>Anfrage-Header %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response header %1</source>
        <translation>Antwort-Header %1</translation>
    </message>
</context>
<context>
    <name>meshgate::AccessLogModel</name>
    <message>
        <location filename="../ui/logs/accesslogmodel.cpp" line="+139"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host / SNI</source>
        <translation>Host / SNI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes in</source>
        <translation>Bytes ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes out</source>
        <translation>Bytes aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream host</source>
        <translation>Upstream-Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>meshgate::AccessLogPanel</name>
    <message>
        <location filename="../ui/logs/accesslogpanel.cpp" line="+137"/>
        <source>%1 (%2)</source>
        <comment>tooltip (shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the filter</source>
        <translation>Filter bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+182"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop adding rows; new entries wait and are added on resume</source>
        <translation>Keine Zeilen mehr hinzufügen; neue Einträge warten und werden beim Fortsetzen hinzugefügt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>F&amp;ollow</source>
        <translation>&amp;Mitlaufen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the newest entry in view (scrolling up turns this off)</source>
        <translation>Den neuesten Eintrag im Blick behalten (Hochscrollen schaltet dies aus)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Go to the &amp;newest entry</source>
        <translation>Zum &amp;neuesten Eintrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+End</source>
        <translation>Ctrl+End</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll to the newest entry and follow new ones</source>
        <translation>Zum neuesten Eintrag scrollen und neuen Einträgen folgen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove every entry from the table</source>
        <translation>Alle Einträge aus der Tabelle entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy line</source>
        <translation>Zeile &amp;kopieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the selected entries in the active log format</source>
        <translation>Die ausgewählten Einträge im aktiven Protokollformat kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the rows that pass the filter as JSON lines, CSV or log text</source>
        <translation>Die Zeilen, die den Filter passieren, als JSON Lines, CSV oder Protokolltext speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show every field of the selected entry</source>
        <translation>Alle Felder des ausgewählten Eintrags anzeigen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Col&amp;umns</source>
        <translation>Spal&amp;ten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the columns to show</source>
        <translation>Die anzuzeigenden Spalten wählen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Buffer size…</source>
        <translation>Puffer&amp;größe…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many entries the table keeps before dropping the oldest</source>
        <translation>Wie viele Einträge die Tabelle behält, bevor die ältesten verworfen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Trace this request</source>
        <translation>Diese Anfrage &amp;verfolgen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain how the route table handles this request</source>
        <translation>Erklären, wie die Routingtabelle diese Anfrage behandelt</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+265"/>
        <source>Create &amp;ServiceEntry/VirtualService for this host</source>
        <translation>&amp;ServiceEntry/VirtualService für diesen Host anlegen</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Route this host, which has no route yet</source>
        <translation>Diesen Host routen, der noch keine Route hat</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Filter: words, status:5xx, host:httpbin.org, flag:NR, method:POST, path:/status, -status:2xx</source>
        <translation>Filter: Wörter, status:5xx, host:httpbin.org, flag:NR, method:POST, path:/status, -status:2xx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Free words must all appear somewhere in the entry. Fields:&lt;br&gt;&lt;b&gt;status:&lt;/b&gt;5xx, 404 or 0 &amp;nbsp; &lt;b&gt;host:&lt;/b&gt;name or *.suffix &amp;nbsp; &lt;b&gt;flag:&lt;/b&gt;NR, UF, none, any&lt;br&gt;&lt;b&gt;method:&lt;/b&gt;POST, TCP, TLS &amp;nbsp; &lt;b&gt;path:&lt;/b&gt;/prefix &amp;nbsp; &lt;b&gt;cluster: route: client: upstream:&lt;/b&gt; contains&lt;/p&gt;&lt;p&gt;The same field twice or a comma list means either (status:4xx,5xx); a leading - excludes (-status:2xx).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Freie Wörter müssen alle irgendwo im Eintrag vorkommen. Felder:&lt;br&gt;&lt;b&gt;status:&lt;/b&gt;5xx, 404 oder 0 &amp;nbsp; &lt;b&gt;host:&lt;/b&gt;Name oder *.suffix &amp;nbsp; &lt;b&gt;flag:&lt;/b&gt;NR, UF, none, any&lt;br&gt;&lt;b&gt;method:&lt;/b&gt;POST, TCP, TLS &amp;nbsp; &lt;b&gt;path:&lt;/b&gt;/präfix &amp;nbsp; &lt;b&gt;cluster: route: client: upstream:&lt;/b&gt; enthält&lt;/p&gt;&lt;p&gt;Dasselbe Feld zweimal oder eine Kommaliste bedeutet „eines davon“ (status:4xx,5xx); ein vorangestelltes - schließt aus (-status:2xx).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rows shown / rows the table keeps at most; the oldest are dropped beyond that</source>
        <translation>Angezeigte Zeilen / maximal von der Tabelle behaltene Zeilen; darüber hinaus werden die ältesten verworfen</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>&amp;Resume</source>
        <translation>Fo&amp;rtsetzen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · filtered from %1</source>
        <translation> · gefiltert aus %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 dropped</source>
        <translation> · %1 verworfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · paused, %1 waiting</source>
        <translation> · pausiert, %1 wartend</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filter not applied: %1</source>
        <translation>Filter nicht angewendet: %1</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Create &amp;ServiceEntry/VirtualService for %1</source>
        <translation>&amp;ServiceEntry/VirtualService für %1 anlegen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, visible columns (*.csv)</source>
        <translation>CSV, sichtbare Spalten (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text in the active log format (*.log *.txt)</source>
        <translation>Text im aktiven Protokollformat (*.log *.txt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Export Access Log</source>
        <translation>Zugriffsprotokoll exportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Access Log Buffer</source>
        <translation>Puffer des Zugriffsprotokolls</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entries to keep (the oldest are dropped):</source>
        <translation>Zu behaltende Einträge (die ältesten werden verworfen):</translation>
    </message>
</context>
<context>
    <name>meshgate::AccessLogWriter</name>
    <message>
        <location filename="../proxycore/log/accesslogwriter.cpp" line="+117"/>
        <source>cannot open access log %1: %2</source>
        <translation>Zugriffsprotokoll %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>cannot write access log %1: %2</source>
        <translation>Zugriffsprotokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>meshgate::ApplyDialog</name>
    <message>
        <location filename="../ui/apply/applydialog.cpp" line="+120"/>
        <source>Apply configuration</source>
        <translation>Konfiguration anwenden</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>No changes: the running configuration is the same.</source>
        <translation>Keine Änderungen: die laufende Konfiguration ist identisch.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n line(s) added</source>
        <translation>
            <numerusform>%n Zeile hinzugefügt</numerusform>
            <numerusform>%n Zeilen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n line(s) removed</source>
        <translation>
            <numerusform>%n Zeile entfernt</numerusform>
            <numerusform>%n Zeilen entfernt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source> in %1</source>
        <translation> in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>. Listeners and routes change without dropping connections in flight.</source>
        <translation>. Listener und Routen ändern sich, ohne laufende Verbindungen zu trennen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n field(s) Istio does not know: the engine ignores them, as Istio would if it accepted them (a misspelt match condition matches everything), and a strict API server refuses the resource:</source>
        <translation>
            <numerusform>%n Feld, das Istio nicht kennt: die Engine ignoriert es, wie Istio es täte, wenn es akzeptiert würde (eine falsch geschriebene Match-Bedingung passt auf alles), und ein strenger API-Server lehnt die Ressource ab:</numerusform>
            <numerusform>%n Felder, die Istio nicht kennt: die Engine ignoriert sie, wie Istio es täte, wenn sie akzeptiert würden (eine falsch geschriebene Match-Bedingung passt auf alles), und ein strenger API-Server lehnt die Ressource ab:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meshgate::DesktopShell</name>
    <message>
        <location filename="../ui/desktop/desktopshell.cpp" line="+58"/>
        <source>Route map</source>
        <translation>Routenkarte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route &amp;Map</source>
        <translation>Routen&amp;karte</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Restart Engine</source>
        <translation>Engine &amp;neu starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the engine and start it again with the current settings</source>
        <translation>Die Engine anhalten und mit den aktuellen Einstellungen neu starten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;ngine</source>
        <translation>E&amp;ngine</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Access log</source>
        <translation>Zugriffsprotokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic</source>
        <translation>Verkehr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listeners</source>
        <translation>Listener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route tracer</source>
        <translation>Routen-Tracer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Access &amp;Log</source>
        <translation>Zu&amp;griffsprotokoll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Traffic</source>
        <translation>&amp;Verkehr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L&amp;isteners</source>
        <translation>L&amp;istener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route Tra&amp;cer</source>
        <translation>Routen-Tra&amp;cer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Traffic &amp;Beside Access Log</source>
        <translation>Verkehr &amp;neben Zugriffsprotokoll</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The new language applies when Meshgate starts again.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Meshgate.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restart the engine?</source>
        <translation>Engine neu starten?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The engine runs with the previous settings. Restart it now to use the new ones? Connections in flight are given a few seconds to finish.</source>
        <translation>Die Engine läuft noch mit den bisherigen Einstellungen. Jetzt neu starten, um die neuen zu verwenden? Laufende Verbindungen erhalten einige Sekunden Zeit, um abgeschlossen zu werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The new engine settings apply at the next start.</source>
        <translation>Die neuen Engine-Einstellungen gelten ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>meshgate::DestinationRuleForm</name>
    <message>
        <location filename="../ui/editors/destinationruleform.cpp" line="+90"/>
        <source>default: the request&apos;s host</source>
        <translation>Standard: der Host der Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default: the system store</source>
        <translation>Standard: der Zertifikatsspeicher des Systems</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>for MUTUAL</source>
        <translation>für MUTUAL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>names the server certificate must carry</source>
        <translation>Namen, die das Serverzertifikat enthalten muss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip certificate verification (insecure)</source>
        <translation>Zertifikatsprüfung überspringen (unsicher)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+5"/>
        <source>10s</source>
        <translation>10s</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>1h</source>
        <translation>1h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5</source>
        <translation>5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>30s</source>
        <translation>30s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10</source>
        <translation>10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Own policy</source>
        <translation>Eigene Richtlinie</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+75"/>
        <source>Add subset</source>
        <translation>Subset hinzufügen</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>The service this rule applies to, usually a ServiceEntry host</source>
        <translation>Der Service, für den diese Regel gilt, meist ein ServiceEntry-Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(default: LEAST_REQUEST)</source>
        <translation>(Standard: LEAST_REQUEST)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none: plain connection)</source>
        <translation>(keiner: unverschlüsselte Verbindung)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SIMPLE originates TLS to the upstream; MUTUAL also presents a client certificate</source>
        <translation>SIMPLE baut TLS zum Upstream auf; MUTUAL legt zusätzlich ein Client-Zertifikat vor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint labels, key=value separated by commas</source>
        <translation>Endpunkt-Labels, key=value, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upstream TLS</source>
        <translation>Upstream-TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mode</source>
        <translation>&amp;Modus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SN&amp;I</source>
        <translation>SN&amp;I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificates</source>
        <translation>CA-Zertifikate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject alt names</source>
        <translation>Subject Alternative Names</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection pool</source>
        <translation>Verbindungspool</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max connections</source>
        <translation>Max. Verbindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect timeout</source>
        <translation>Verbindungs-Timeout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max requests per connection</source>
        <translation>Max. Anfragen pro Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max pending requests</source>
        <translation>Max. wartende Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle timeout</source>
        <translation>Leerlauf-Timeout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outlier detection</source>
        <translation>Ausreißererkennung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consecutive 5xx errors</source>
        <translation>Aufeinanderfolgende 5xx-Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base ejection time</source>
        <translation>Basis-Ausschlussdauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max ejection %</source>
        <translation>Max. Ausschluss in %</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ho&amp;st</source>
        <translation>Ho&amp;st</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Load balancer</source>
        <translation>&amp;Lastverteilung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subsets</source>
        <translation>Subsets</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove subset</source>
        <translation>Subset entfernen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>yes (edit in YAML)</source>
        <translation>ja (im YAML bearbeiten)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Edit DestinationRule %1</source>
        <translation>DestinationRule %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit subset %1</source>
        <translation>Subset %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>meshgate::DocumentController</name>
    <message>
        <location filename="../ui/documentcontroller.cpp" line="+68"/>
        <source>Reloaded %1: it was changed on disk</source>
        <translation>%1 neu geladen: die Datei wurde auf der Festplatte geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was changed on disk; your unsaved edits are kept, and Save will ask before replacing that version</source>
        <translation>%1 wurde auf der Festplatte geändert; Ihre ungespeicherten Änderungen bleiben erhalten, und Speichern fragt, bevor es diese Version ersetzt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was changed on disk and does not load; the workspace is as it was (see Problems)</source>
        <translation>%1 wurde auf der Festplatte geändert und lässt sich nicht laden; der Arbeitsbereich bleibt wie er war (siehe Probleme)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;New Workspace</source>
        <translation>&amp;Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open E&amp;xample</source>
        <translation>Beispie&amp;l öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from &amp;Clipboard</source>
        <translation>Aus &amp;Zwischenablage importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent &amp;Files</source>
        <translation>Zuletzt geöffnete &amp;Dateien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import YAML copied from documentation; a surrounding &quot;kubectl apply -f - &lt;&lt;EOF&quot; … &quot;EOF&quot; is removed</source>
        <translation>YAML importieren, das aus einer Dokumentation kopiert wurde; ein umschließendes &quot;kubectl apply -f - &lt;&lt;EOF&quot; … &quot;EOF&quot; wird entfernt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import Resources</source>
        <translation>Ressourcen importieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import from Clipboard</source>
        <translation>Aus Zwischenablage importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The clipboard holds no text.</source>
        <translation>Die Zwischenablage enthält keinen Text.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open Recent</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 no longer exists.</source>
        <translation>%1 existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Clear Recent Files</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>… and %n more (see Problems)</source>
        <translation>
            <numerusform>… und %n weiteres (siehe Probleme)</numerusform>
            <numerusform>… und %n weitere (siehe Probleme)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+7"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Could not open %1. The current workspace was kept.</source>
        <translation>%1 konnte nicht geöffnet werden. Der aktuelle Arbeitsbereich wurde beibehalten.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Opened %1: %n resource(s)</source>
        <translation>
            <numerusform>%1 geöffnet: %n Ressource</numerusform>
            <numerusform>%1 geöffnet: %n Ressourcen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some documents were not understood; they are kept as written and shown in Problems.</source>
        <translation>Einige Dokumente wurden nicht verstanden; sie bleiben unverändert erhalten und werden unter Probleme angezeigt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Example</source>
        <translation>Beispiel öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The example is not part of this build.</source>
        <translation>Das Beispiel ist nicht Teil dieses Builds.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+23"/>
        <location line="+22"/>
        <location line="+7"/>
        <location line="+3"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message numerus="yes">
        <location line="-54"/>
        <source>Add the imported resources to the %n resource(s) in this workspace, or replace them?</source>
        <translation>
            <numerusform>Die importierten Ressourcen zu der %n Ressource in diesem Arbeitsbereich hinzufügen oder sie ersetzen?</numerusform>
            <numerusform>Die importierten Ressourcen zu den %n Ressourcen in diesem Arbeitsbereich hinzufügen oder diese ersetzen?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Either way, Undo takes the import back in one step.</source>
        <translation>In beiden Fällen lässt sich der Import mit „Rückgängig“ in einem Schritt zurücknehmen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add (merge)</source>
        <translation>&amp;Hinzufügen (zusammenführen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 already exists in this workspace.</source>
        <translation>%1 existiert bereits in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replace It</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep Both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip</source>
        <translation>Über&amp;springen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do this for the remaining clashes</source>
        <translation>Für die übrigen Konflikte genauso verfahren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was imported from %1: it is not valid YAML.</source>
        <translation>Aus %1 wurde nichts importiert: es ist kein gültiges YAML.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported from %1 (%2), but some documents were left out.</source>
        <translation>Aus %1 importiert (%2), aber einige Dokumente wurden ausgelassen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds no Istio networking resources.</source>
        <translation>%1 enthält keine Istio-Netzwerkressourcen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported from %1: %2</source>
        <translation>Aus %1 importiert: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+21"/>
        <location line="+12"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>The YAML of %1 has changes that do not parse. Save writes the last valid version of it.</source>
        <translation>Das YAML von %1 enthält Änderungen, die sich nicht parsen lassen. Beim Speichern wird die letzte gültige Version geschrieben.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 was changed on disk by another program since it was opened or last saved here. Saving replaces those changes with this workspace (the version on disk is kept as a .bak file).</source>
        <translation>%1 wurde seit dem Öffnen oder letzten Speichern hier von einem anderen Programm auf der Festplatte geändert. Speichern ersetzt diese Änderungen durch diesen Arbeitsbereich (die Version auf der Festplatte bleibt als .bak-Datei erhalten).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file on disk was not changed.</source>
        <translation>Die Datei auf dem Datenträger wurde nicht geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1 (previous version kept as %2)</source>
        <translation>%1 gespeichert (vorherige Version als %2 aufbewahrt)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save Workspace As</source>
        <translation>Arbeitsbereich speichern unter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The YAML of %1 has changes that do not parse. Save writes the last valid version; Save and Discard both lose the text typed since. Cancel to fix it.</source>
        <translation>Das YAML von %1 enthält Änderungen, die sich nicht parsen lassen. Speichern schreibt die letzte gültige Fassung; Speichern und Verwerfen verlieren beide den seither getippten Text. Wählen Sie Abbrechen, um ihn zu korrigieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 enthält ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+20"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>There is nothing to export yet.</source>
        <translation>Es gibt noch nichts zu exportieren.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Copied %n resource(s) to the clipboard</source>
        <translation>
            <numerusform>%n Ressource in die Zwischenablage kopiert</numerusform>
            <numerusform>%n Ressourcen in die Zwischenablage kopiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n resource(s) to %1</source>
        <translation>
            <numerusform>%n Ressource nach %1 exportiert</numerusform>
            <numerusform>%n Ressourcen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Another Meshgate is running: unsaved edits in this window are not kept for crash recovery.</source>
        <translation>Ein anderes Meshgate läuft: Ungespeicherte Änderungen in diesem Fenster werden nicht für die Wiederherstellung nach einem Absturz aufbewahrt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meshgate ended without saving the changes to %1 (last recorded %2). Restore them?</source>
        <translation>Meshgate wurde beendet, ohne die Änderungen an %1 zu speichern (zuletzt erfasst %2). Wiederherstellen?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>recovered changes</source>
        <translation>wiederhergestellte Änderungen</translation>
    </message>
</context>
<context>
    <name>meshgate::EngineController</name>
    <message>
        <location filename="../ui/apply/enginecontroller.cpp" line="+22"/>
        <source>&amp;Start Engine</source>
        <translation>Engine &amp;starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top Engine</source>
        <translation>Engine an&amp;halten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply…</source>
        <translation>&amp;Anwenden…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the listeners of the workspace&apos;s Gateways (Ctrl+F5)</source>
        <translation>Die Listener der Gateways des Arbeitsbereichs öffnen (Ctrl+F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close all listeners after in-flight requests finish (Shift+F5)</source>
        <translation>Alle Listener schließen, nachdem laufende Anfragen beendet sind (Shift+F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what changes, then hot-reload the running engine (F5)</source>
        <translation>Anzeigen, was sich ändert, und die laufende Engine dann im laufenden Betrieb neu laden (F5)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not started: the workspace has errors (see Problems).</source>
        <translation>Nicht gestartet: der Arbeitsbereich enthält Fehler (siehe Probleme).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The engine could not start: the configuration was refused.</source>
        <translation>Die Engine konnte nicht starten: die Konfiguration wurde abgelehnt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Engine started.</source>
        <translation>Engine gestartet.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Engine started, but %n listener(s) could not open (see Listeners).</source>
        <translation>
            <numerusform>Engine gestartet, aber %n Listener konnte nicht geöffnet werden (siehe Listener).</numerusform>
            <numerusform>Engine gestartet, aber %n Listener konnten nicht geöffnet werden (siehe Listener).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Engine stopped.</source>
        <translation>Engine angehalten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not applied: fix the errors in Problems first; the running configuration stays.</source>
        <translation>Nicht angewendet: beheben Sie zuerst die Fehler unter Probleme; die laufende Konfiguration bleibt bestehen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not applied: %1. The running configuration stays.</source>
        <translation>Nicht übernommen: %1. Die laufende Konfiguration bleibt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applied: the engine refused the configuration; the running one stays.</source>
        <translation>Nicht angewendet: die Engine hat die Konfiguration abgelehnt; die laufende bleibt bestehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Configuration applied (generation %1).</source>
        <translation>Konfiguration angewendet (Generation %1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The configuration was not applied. The running configuration stays.</source>
        <translation>Die Konfiguration wurde nicht angewendet. Die laufende Konfiguration bleibt bestehen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>

Free the port or choose another one (the Gateway&apos;s port, --port-offset, --mesh-port or --admin-port), then Apply again.</source>
        <translation>

Geben Sie den Port frei oder wählen Sie einen anderen (den Port des Gateways, --port-offset, --mesh-port oder --admin-port) und wenden Sie dann erneut an.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>running %1</source>
        <translation>läuft %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>running %1 · not listening on %2</source>
        <translation>läuft %1 · lauscht nicht auf %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>modified (Apply to use it)</source>
        <translation>geändert (mit „Anwenden“ übernehmen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>errors (still running the last applied configuration)</source>
        <translation>Fehler (die zuletzt angewendete Konfiguration läuft weiter)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stopping…</source>
        <translation>wird angehalten…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
</context>
<context>
    <name>meshgate::ExportDialog</name>
    <message>
        <location filename="../ui/common/exportdialog.cpp" line="+30"/>
        <source>Export Resources</source>
        <translation>Ressourcen exportieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep each resource&apos;s apiVersion</source>
        <translation>apiVersion jeder Ressource beibehalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>v1 needs Istio 1.22 or later; v1beta1 works from 1.5; v1alpha3 everywhere</source>
        <translation>v1 erfordert Istio 1.22 oder neuer; v1beta1 funktioniert ab 1.5; v1alpha3 überall</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;None</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Save to File…</source>
        <translation>In &amp;Datei speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy to Clipboard</source>
        <translation>In die &amp;Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API &amp;version</source>
        <translation>API-&amp;Version</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n resource(s) selected</source>
        <translation>
            <numerusform>%n Ressource ausgewählt</numerusform>
            <numerusform>%n Ressourcen ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n field(s) Istio does not know are exported as written; an API server with strict field validation refuses such a resource. Fix them in the YAML tab, or export anyway:</source>
        <translation>
            <numerusform>%n Feld, das Istio nicht kennt, wird unverändert exportiert; ein API-Server mit strenger Feldprüfung lehnt eine solche Ressource ab. Korrigieren Sie es im YAML-Tab oder exportieren Sie trotzdem:</numerusform>
            <numerusform>%n Felder, die Istio nicht kennt, werden unverändert exportiert; ein API-Server mit strenger Feldprüfung lehnt eine solche Ressource ab. Korrigieren Sie sie im YAML-Tab oder exportieren Sie trotzdem:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n error(s) in Problems belong to these resources and are exported as they are:</source>
        <translation>
            <numerusform>%n Fehler in „Probleme“ gehört zu diesen Ressourcen und wird unverändert exportiert:</numerusform>
            <numerusform>%n Fehler in „Probleme“ gehören zu diesen Ressourcen und werden unverändert exportiert:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meshgate::GatewayForm</name>
    <message>
        <location filename="../ui/editors/gatewayform.cpp" line="+40"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port name</source>
        <translation>Portname</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TLS mode</source>
        <translation>TLS-Modus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bind</source>
        <translation>Bind-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credential</source>
        <translation>Credential</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add server</source>
        <translation>Server hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>istio=ingressgateway</source>
        <translation>istio=ingressgateway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels of the gateway workload, as key=value separated by commas</source>
        <translation>Labels des Gateway-Workloads, als key=value durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hosts this server exposes, separated by commas (&quot;*&quot; for all; &quot;ns/host&quot; to limit namespaces)</source>
        <translation>Hosts, die dieser Server bereitstellt, durch Kommas getrennt (&quot;*&quot; für alle; &quot;ns/host&quot;, um Namespaces einzuschränken)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server certificate file (PEM), for TLS mode SIMPLE or MUTUAL</source>
        <translation>Serverzertifikatsdatei (PEM), für TLS-Modus SIMPLE oder MUTUAL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private key file (PEM), for TLS mode SIMPLE or MUTUAL</source>
        <translation>Datei mit dem privaten Schlüssel (PEM), für TLS-Modus SIMPLE oder MUTUAL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each server opens a listener on its port. PASSTHROUGH forwards TLS untouched by SNI; SIMPLE terminates TLS with the certificate and key.</source>
        <translation>Jeder Server öffnet einen Listener auf seinem Port. PASSTHROUGH leitet TLS unverändert anhand des SNI weiter; SIMPLE terminiert TLS mit Zertifikat und Schlüssel.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Selector</source>
        <translation>&amp;Selektor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>port %1 not at all (%2)</source>
        <translation>Port %1 gar nicht (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>port %1 nowhere (the port offset makes it %2)</source>
        <translation>Port %1 nirgends (der Port-Versatz ergibt %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>port %1 not at all (%2 already serves port %3; change a port or the port offset)</source>
        <translation>Port %1 gar nicht (%2 bedient schon Port %3; einen Port oder den Port-Versatz ändern)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>port %1 as %2 not at all (%3 already serves another protocol or TLS mode)</source>
        <translation>Port %1 als %2 gar nicht (%3 bedient schon ein anderes Protokoll oder einen anderen TLS-Modus)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>port %1 at %2</source>
        <translation>Port %1 auf %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On this machine the engine serves %1. The port offset and the address come from Edit ▸ Preferences or the command line.</source>
        <translation>Auf diesem Rechner bedient die Engine %1. Port-Versatz und Adresse kommen aus Bearbeiten ▸ Einstellungen oder von der Befehlszeile.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Edit Gateway selector</source>
        <translation>Gateway-Selektor bearbeiten</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Edit Gateway server %1</source>
        <translation>Gateway-Server %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add Gateway server</source>
        <translation>Gateway-Server hinzufügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove Gateway server %1</source>
        <translation>Gateway-Server %1 entfernen</translation>
    </message>
</context>
<context>
    <name>meshgate::HttpRouteEditor</name>
    <message>
        <location filename="../ui/editors/httprouteeditor.cpp" line="+53"/>
        <source>URI match</source>
        <translation>URI-Match</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Gateways</source>
        <translation>Gateways</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add match</source>
        <translation>Match hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subset</source>
        <translation>Subset</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add destination</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional; shows in access logs</source>
        <translation>optional; erscheint in Zugriffsprotokollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 5s; default: none</source>
        <translation>z. B. 5s; Standard: keiner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many times a failed request is tried again. 0 turns retries off.</source>
        <translation>Wie oft eine fehlgeschlagene Anfrage erneut versucht wird. 0 schaltet Wiederholungen ab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2s; default: the route timeout</source>
        <translation>z. B. 2s; Standard: das Timeout der Route</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time each attempt may take, the first one included</source>
        <translation>Die Zeit, die jeder Versuch dauern darf, der erste eingeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 5xx,reset,connect-failure,gateway-error</source>
        <translation>z. B. 5xx,reset,connect-failure,gateway-error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions that retry a request, separated by commas: 5xx, gateway-error, reset, reset-before-request, connect-failure, refused-stream, retriable-4xx, retriable-status-codes, or status codes such as 503.
Empty: connect-failure,refused-stream,unavailable,cancelled,retriable-status-codes (with 503).</source>
        <translation>Bedingungen, unter denen eine Anfrage wiederholt wird, durch Kommas getrennt: 5xx, gateway-error, reset, reset-before-request, connect-failure, refused-stream, retriable-4xx, retriable-status-codes oder Statuscodes wie 503.
Leer: connect-failure,refused-stream,unavailable,cancelled,retriable-status-codes (mit 503).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only requests arriving through these gateways (&quot;mesh&quot; for sidecars), separated by commas</source>
        <translation>Nur Anfragen, die über diese Gateways eintreffen (&quot;mesh&quot; für Sidecars), durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Route &amp;name</source>
        <translation>Routen&amp;name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeout</source>
        <translation>&amp;Timeout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry atte&amp;mpts</source>
        <translation>&amp;Wiederholungsversuche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Per-try timeout</source>
        <translation>Timeout &amp;pro Versuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry on</source>
        <translation>Wiederholen &amp;bei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match any of</source>
        <translation>Passt auf eines von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destinations</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add match to route %1</source>
        <translation>Match zu Route %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove match from route %1</source>
        <translation>Match aus Route %1 entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove destination from route %1</source>
        <translation>Ziel aus Route %1 entfernen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>not set: no retries</source>
        <translation>nicht gesetzt: keine Wiederholungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Istio&apos;s default: 2</source>
        <translation>Istio-Standard: 2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Also set on this route (edit in the YAML tab): %1</source>
        <translation>Auf dieser Route außerdem gesetzt (im YAML-Tab bearbeiten): %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit route %1</source>
        <translation>Route %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit retries of route %1</source>
        <translation>Wiederholungen von Route %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Edit match %1 of route %2</source>
        <translation>Match %1 von Route %2 bearbeiten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit destination %1 of route %2</source>
        <translation>Ziel %1 von Route %2 bearbeiten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add destination to route %1</source>
        <translation>Ziel zu Route %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>meshgate::ListenersModel</name>
    <message>
        <location filename="../ui/engine/listenersmodel.cpp" line="+51"/>
        <source>listening</source>
        <translation>lauscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>mesh (forward proxy)</source>
        <translation>mesh (Forward-Proxy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admin endpoint: /stats/prometheus, /config_dump, /clusters, /ready</source>
        <translation>Admin-Endpunkt: /stats/prometheus, /config_dump, /clusters, /ready</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Gateway port %1 listens on local port %2 (port offset)</source>
        <translation>Gateway-Port %1 lauscht auf lokalem Port %2 (Port-Offset)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Listening on</source>
        <translation>Lauscht auf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateway port</source>
        <translation>Gateway-Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateways</source>
        <translation>Gateways</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
</context>
<context>
    <name>meshgate::ListenersPanel</name>
    <message>
        <location filename="../ui/engine/listenerspanel.cpp" line="+21"/>
        <source>&amp;Copy address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trace a request on this port</source>
        <translation>Eine Anfrage an diesem Port &amp;verfolgen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Not listening: no configuration applied, or no Gateway server Meshgate can serve.</source>
        <translation>Kein Listener aktiv: keine Konfiguration angewendet oder kein Gateway-Server, den Meshgate bedienen kann.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n port(s) listening.</source>
        <translation>
            <numerusform>%n Port lauscht.</numerusform>
            <numerusform>%n Ports lauschen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 listening, %2 failed: a port that is in use or needs privileges stays closed until the next apply.</source>
        <translation>%1 lauschen, %2 fehlgeschlagen: ein belegter oder privilegierter Port bleibt bis zum nächsten Anwenden geschlossen.</translation>
    </message>
</context>
<context>
    <name>meshgate::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+117"/>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+343"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Find Resource</source>
        <translation>Ressource &amp;suchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Form</source>
        <translation>&amp;Formular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;YAML</source>
        <translation>&amp;YAML</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;sources</source>
        <translation>&amp;Ressourcen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;anels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show or hide the panels below the editor</source>
        <translation>Bereiche unter dem Editor ein- oder ausblenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Problem</source>
        <translation>&amp;Nächstes Problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;revious Problem</source>
        <translation>&amp;Vorheriges Problem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Meshgate</source>
        <translation>&amp;Über Meshgate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Meshgate</source>
        <translation>Über Meshgate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Meshgate %1&lt;/h3&gt;&lt;p&gt;Makes this computer behave like an Istio ingress gateway: Gateway, ServiceEntry, DestinationRule and VirtualService YAML drive a local proxy.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Meshgate %1&lt;/h3&gt;&lt;p&gt;Lässt diesen Computer wie ein Istio-Ingress-Gateway arbeiten: YAML für Gateway, ServiceEntry, DestinationRule und VirtualService steuert einen lokalen Proxy.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>This problem is about a file, not a resource in the workspace</source>
        <translation>Dieses Problem betrifft eine Datei, keine Ressource im Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Meshgate — %1 ● modified</source>
        <translation>Meshgate — %1 ● geändert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meshgate — %1</source>
        <translation>Meshgate — %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unsaved</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
</context>
<context>
    <name>meshgate::ProblemsModel</name>
    <message>
        <location filename="../ui/editors/problemsmodel.cpp" line="+44"/>
        <source>YAML tab (not parsed yet) %1:%2</source>
        <translation>YAML-Tab (noch nicht geparst) %1:%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>meshgate::ResourceEditor</name>
    <message>
        <location filename="../ui/editors/resourceeditor.cpp" line="+56"/>
        <source>Discard YAML changes</source>
        <translation>YAML-Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;h3&gt;No resource selected&lt;/h3&gt;&lt;p&gt;Pick a resource on the left, or open a file (Ctrl+O), import YAML (Ctrl+I), paste it from the clipboard (Ctrl+Shift+V) or add a resource from the Edit menu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keine Ressource ausgewählt&lt;/h3&gt;&lt;p&gt;Wählen Sie links eine Ressource, öffnen Sie eine Datei (Ctrl+O), importieren Sie YAML (Ctrl+I), fügen Sie es aus der Zwischenablage ein (Ctrl+Shift+V) oder fügen Sie über das Menü Bearbeiten eine Ressource hinzu.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>F&amp;orm</source>
        <translation>F&amp;ormular</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+402"/>
        <source>&amp;YAML</source>
        <translation>&amp;YAML</translation>
    </message>
    <message>
        <location line="-334"/>
        <source>metadata.name; renaming a Gateway also updates the VirtualServices that use it</source>
        <translation>metadata.name; das Umbenennen eines Gateways aktualisiert auch die VirtualServices, die es verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>metadata.namespace</source>
        <translation>metadata.namespace</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Show YAML</source>
        <translation>YAML anzeigen</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>YAML of %1 that does not parse</source>
        <translation>nicht lesbares YAML von %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>typing in the YAML of %1</source>
        <translation>Eingabe im YAML von %1</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The YAML tab has changes that do not parse yet%1. The form shows the last valid version and is locked until the YAML is fixed or its changes are discarded.</source>
        <translation>Der YAML-Tab enthält Änderungen, die sich noch nicht parsen lassen%1. Das Formular zeigt die letzte gültige Version und ist gesperrt, bis das YAML korrigiert oder seine Änderungen verworfen werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This resource&apos;s YAML has errors the form cannot show%1; editing the form would drop that part. Fix it in the YAML tab.</source>
        <translation>Das YAML dieser Ressource enthält Fehler, die das Formular nicht darstellen kann%1; eine Bearbeitung im Formular würde diesen Teil verwerfen. Korrigieren Sie es im YAML-Tab.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+2"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;YAML (%1)</source>
        <translation>&amp;YAML (%1)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a %1 named &quot;%2&quot;.</source>
        <translation>Es gibt bereits eine Ressource vom Typ %1 namens &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move %1 to namespace %2</source>
        <translation>%1 in Namespace %2 verschieben</translation>
    </message>
</context>
<context>
    <name>meshgate::ResourceNavigator</name>
    <message>
        <location filename="../ui/editors/resourcenavigator.cpp" line="+94"/>
        <source>Filter resources</source>
        <translation>Ressourcen filtern</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Add Resource</source>
        <translation>Ressource &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;%1</source>
        <translation>&amp;%1 hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dupl&amp;icate Resource</source>
        <translation>Ressource &amp;duplizieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Delete Resource</source>
        <translation>Ressource &amp;löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;name Resource</source>
        <translation>Ressource u&amp;mbenennen</translation>
    </message>
</context>
<context>
    <name>meshgate::ResourceTreeModel</name>
    <message>
        <location filename="../ui/editors/resourcetreemodel.cpp" line="+43"/>
        <source>Gateways</source>
        <translation>Gateways</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VirtualServices</source>
        <translation>VirtualServices</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DestinationRules</source>
        <translation>DestinationRules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ServiceEntries</source>
        <translation>ServiceEntries</translation>
    </message>
    <message numerus="yes">
        <location line="+158"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The YAML tab has an edit that does not parse yet</source>
        <translation>Der YAML-Tab enthält eine Änderung, die sich noch nicht parsen lässt</translation>
    </message>
</context>
<context>
    <name>meshgate::RouteMapPanel</name>
    <message>
        <location filename="../ui/routemap/routemappanel.cpp" line="+31"/>
        <source>Click a box to open its resource. Drag to pan, Ctrl+wheel to zoom.</source>
        <translation>Klicken Sie auf ein Feld, um seine Ressource zu öffnen. Ziehen verschiebt die Ansicht, Ctrl+Mausrad zoomt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shrink the map to fit the panel</source>
        <translation>Die Karte so verkleinern, dass sie in den Bereich passt</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>The workspace has errors (see Problems): showing the last valid configuration.</source>
        <translation>Der Arbeitsbereich enthält Fehler (siehe Probleme): angezeigt wird die letzte gültige Konfiguration.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing listens: add a Gateway with a server, or set a mesh port in Settings.</source>
        <translation>Nichts lauscht: Fügen Sie ein Gateway mit einem Server hinzu oder legen Sie in den Einstellungen einen Mesh-Port fest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running configuration (generation %1). Edges show the requests counted since it was applied and the requests per second, updated every second.</source>
        <translation>Laufende Konfiguration (Generation %1). Die Kanten zeigen die seit dem Anwenden gezählten Anfragen und die Anfragen pro Sekunde, jede Sekunde aktualisiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspace&apos;s configuration; the engine is stopped, so there is no traffic to show.</source>
        <translation>Die Konfiguration des Arbeitsbereichs; die Engine ist angehalten, daher gibt es keinen Verkehr anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>meshgate::RouteMapView</name>
    <message>
        <location filename="../ui/routemap/routemapview.cpp" line="+55"/>
        <source>0/s</source>
        <translation>0/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%L1 · %2</source>
        <translation>%L1 · %2</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Listeners</source>
        <translation>Listener</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Virtual hosts</source>
        <translation>Virtuelle Hosts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destinations</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
</context>
<context>
    <name>meshgate::RouteTracerPanel</name>
    <message>
        <location filename="../ui/engine/routetracerpanel.cpp" line="+61"/>
        <source>GET http://httpbin.org/status/418 gateway=proxy port=80   or   TLS edition.cnn.com gateway=proxy port=443</source>
        <translation>GET http://httpbin.org/status/418 gateway=proxy port=80   oder   TLS edition.cnn.com gateway=proxy port=443</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;A request in one line: METHOD URL-or-path, then gateway=NAME (or mesh), port=N, host=, sni=, scheme= and header:NAME=VALUE. &lt;b&gt;TLS&lt;/b&gt; name describes a TLS connection.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine Anfrage in einer Zeile: METHODE URL-oder-Pfad, dann gateway=NAME (oder mesh), port=N, host=, sni=, scheme= und header:NAME=WERT. &lt;b&gt;TLS&lt;/b&gt; Name beschreibt eine TLS-Verbindung.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trace</source>
        <translation>&amp;Verfolgen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>HTTP request</source>
        <translation>HTTP-Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS connection (SNI)</source>
        <translation>TLS-Verbindung (SNI)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>one header per line, e.g. x-user: alice</source>
        <translation>ein Header pro Zeile, z. B. x-user: alice</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+184"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>P&amp;ath:</source>
        <translation>P&amp;fad:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re&amp;quest:</source>
        <translation>Anf&amp;rage:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Gateway:</source>
        <translation>&amp;Gateway:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;cheme:</source>
        <translation>S&amp;chema:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>H&amp;eaders:</source>
        <translation>H&amp;eader:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Considered</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trace</source>
        <translation>Verfolgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy explanation</source>
        <translation>Erklärung &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the request line</source>
        <translation>Anfragezeile bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>ports %1</source>
        <translation>Ports %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the mesh forward proxy</source>
        <translation>der Mesh-Forward-Proxy</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;SNI:</source>
        <translation>&amp;SNI:</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Cannot trace: %1</source>
        <translation>Verfolgung nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No configuration applied yet: apply one to trace requests against it.</source>
        <translation>Noch keine Konfiguration angewendet: wenden Sie eine an, um Anfragen dagegen zu verfolgen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the SNI name, or a whole request line, to see how the connection is routed.</source>
        <translation>Geben Sie den SNI-Namen oder eine ganze Anfragezeile ein, um zu sehen, wie die Verbindung geroutet wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a host, or a whole request line, to see how the request is routed.</source>
        <translation>Geben Sie einen Host oder eine ganze Anfragezeile ein, um zu sehen, wie die Anfrage geroutet wird.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Forwarded %1</source>
        <translation>Weitergeleitet %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not forwarded: %1</source>
        <translation>Nicht weitergeleitet: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>forwarded</source>
        <translation>weitergeleitet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>answered locally</source>
        <translation>lokal beantwortet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>response flags</source>
        <translation>Response-Flags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>listener</source>
        <translation>Listener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>virtual host</source>
        <translation>Virtueller Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n considered</source>
        <translation>
            <numerusform>%n geprüft</numerusform>
            <numerusform>%n geprüft</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meshgate::ServiceEntryForm</name>
    <message>
        <location filename="../ui/editors/serviceentryform.cpp" line="+51"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target port</source>
        <translation>Zielport</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add port</source>
        <translation>Port hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+36"/>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Locality</source>
        <translation>Lokalität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add endpoint</source>
        <translation>Endpunkt hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>api.example.com, *.example.org</source>
        <translation>api.example.com, *.example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host names this entry adds to the registry, separated by commas</source>
        <translation>Hostnamen, die dieser Eintrag zur Registry hinzufügt, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional virtual IPs or CIDRs</source>
        <translation>optionale virtuelle IPs oder CIDRs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(default: NONE)</source>
        <translation>(Standard: NONE)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NONE: connect to the address the client asked for; STATIC: the endpoints&apos; IPs; DNS: resolve the host (or endpoint names) and balance over all answers; DNS_ROUND_ROBIN: use the first answer per connection</source>
        <translation>NONE: mit der Adresse verbinden, die der Client angefragt hat; STATIC: die IPs der Endpunkte; DNS: den Host (oder die Endpunktnamen) auflösen und über alle Antworten verteilen; DNS_ROUND_ROBIN: pro Verbindung die erste Antwort verwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(default: MESH_EXTERNAL)</source>
        <translation>(Standard: MESH_EXTERNAL)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Per-port overrides: portname=number, separated by commas</source>
        <translation>Überschreibungen pro Port: portname=nummer, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key=value, separated by commas</source>
        <translation>key=value, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ho&amp;sts</source>
        <translation>Ho&amp;sts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Addresses</source>
        <translation>&amp;Adressen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolution</source>
        <translation>Au&amp;flösung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Location</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add ServiceEntry port</source>
        <translation>ServiceEntry-Port hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove ServiceEntry port</source>
        <translation>ServiceEntry-Port entfernen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add ServiceEntry endpoint</source>
        <translation>ServiceEntry-Endpunkt hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove ServiceEntry endpoint</source>
        <translation>ServiceEntry-Endpunkt entfernen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Edit ServiceEntry hosts</source>
        <translation>ServiceEntry-Hosts bearbeiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit ServiceEntry resolution</source>
        <translation>ServiceEntry-Auflösung bearbeiten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Edit ServiceEntry port %1</source>
        <translation>ServiceEntry-Port %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Edit ServiceEntry endpoint %1</source>
        <translation>ServiceEntry-Endpunkt %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>meshgate::SettingsController</name>
    <message>
        <location filename="../ui/settings/settingscontroller.cpp" line="+16"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Engine ports, access-log format, theme, language</source>
        <translation>Engine-Ports, Zugriffsprotokollformat, Farbschema, Sprache</translation>
    </message>
</context>
<context>
    <name>meshgate::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="+72"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These settings are saved and used at every start. A flag given on the command line (%1) wins over the saved value for that run only; the saved value is used again at the next start.</source>
        <translation>Diese Einstellungen werden gespeichert und bei jedem Start verwendet. Ein auf der Kommandozeile angegebenes Flag (%1) hat nur für diesen Lauf Vorrang vor dem gespeicherten Wert; beim nächsten Start gilt wieder der gespeicherte Wert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Engine settings take effect the next time the engine starts; if it is running when you press OK, Meshgate offers to restart it.</source>
        <translation>Engine-Einstellungen werden beim nächsten Start der Engine wirksam; läuft sie, wenn Sie auf OK klicken, bietet Meshgate an, sie neu zu starten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address every listener binds to. 0.0.0.0 opens them to the network.</source>
        <translation>Adresse, an die alle Listener gebunden werden. 0.0.0.0 macht sie im Netzwerk erreichbar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic (+8000 below port 1024)</source>
        <translation>Automatisch (+8000 unter Port 1024)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added to every Gateway port: port 80 with offset 8000 listens on 8080.</source>
        <translation>Wird zu jedem Gateway-Port addiert: Port 80 mit Offset 8000 lauscht auf 8080.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The mesh forward proxy (HTTP proxy and CONNECT): what a sidecar would do.</source>
        <translation>Der Mesh-Forward-Proxy (HTTP-Proxy und CONNECT): das, was ein Sidecar tun würde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Envoy-style admin endpoint: /stats/prometheus, /config_dump, /clusters, /ready.</source>
        <translation>Admin-Endpunkt wie bei Envoy: /stats/prometheus, /config_dump, /clusters, /ready.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One per core (%1)</source>
        <translation>Einer pro Kern (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Downstream connections open at once; more are refused until one closes.</source>
        <translation>Gleichzeitig offene Downstream-Verbindungen; weitere werden abgelehnt, bis eine geschlossen wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long a client may take to send a request&apos;s headers before it gets 408.</source>
        <translation>Wie lange ein Client zum Senden der Anfrage-Header brauchen darf, bevor er 408 erhält.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None (only the Access log panel)</source>
        <translation>Keine (nur der Bereich Zugriffsprotokoll)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The engine also appends every access-log line to this file, in the format above.</source>
        <translation>Die Engine hängt außerdem jede Zugriffsprotokollzeile im obigen Format an diese Datei an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;rowse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access-log file</source>
        <translation>Zugriffsprotokolldatei</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Classic (Envoy default with upstream and downstream addresses)</source>
        <translation>Klassisch (Envoy-Standard mit Upstream- und Downstream-Adressen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Istio</source>
        <translation>Istio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envoy</source>
        <translation>Envoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How a request to httpbin.org/status/418 is logged in this format</source>
        <translation>So wird eine Anfrage an httpbin.org/status/418 in diesem Format protokolliert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>One rule per line, as curl&apos;s --connect-to HOST:PORT:ADDRESS:PORT: the engine opens its upstream connections for HOST:PORT to ADDRESS:PORT instead, with the same Host header and TLS server name. For working offline or against local test servers. An empty HOST or port 0 on the left matches any.</source>
        <translation>Eine Regel pro Zeile, wie curls --connect-to HOST:PORT:ADRESSE:PORT: Die Engine öffnet ihre Upstream-Verbindungen für HOST:PORT stattdessen zu ADRESSE:PORT, mit demselben Host-Header und TLS-Servernamen. Zum Arbeiten ohne Netz oder gegen lokale Testserver. Ein leerer HOST oder Port 0 links passt auf alles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Start the engine when Meshgate opens</source>
        <translation>Engine beim Öffnen von Meshgate s&amp;tarten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Bind address</source>
        <translation>&amp;Bind-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Port offset</source>
        <translation>&amp;Port-Offset</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mesh port</source>
        <translation>&amp;Mesh-Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;dmin port</source>
        <translation>A&amp;dmin-Port</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Workers</source>
        <translation>&amp;Worker-Threads</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max &amp;connections</source>
        <translation>Max. &amp;Verbindungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request &amp;headers timeout</source>
        <translation>Timeout für Anfrage-&amp;Header</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access-log &amp;format</source>
        <translation>Zugriffsprotokoll-F&amp;ormat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access-log f&amp;ile</source>
        <translation>Zugriffsprotokoll-Dat&amp;ei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Upstream redirects</source>
        <translation>&amp;Upstream-Umleitungen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> rows</source>
        <translation> Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Access log panel keeps this many of the newest requests; older ones are dropped (the access-log file keeps everything).</source>
        <translation>Der Bereich Zugriffsprotokoll behält so viele der neuesten Anfragen; ältere werden verworfen (die Zugriffsprotokolldatei behält alles).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closing the window keeps Meshgate running in the system &amp;tray</source>
        <translation>Beim Schließen des Fensters läuft Meshgate im &amp;Infobereich weiter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This desktop has no system tray.</source>
        <translation>Diese Desktop-Umgebung hat keinen Infobereich (System-Tray).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The new language applies after Meshgate restarts.</source>
        <translation>Die neue Sprache gilt nach einem Neustart von Meshgate.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Access-log &amp;rows kept</source>
        <translation>Behaltene Protokoll&amp;zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;heme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 on the command line wins for this run.</source>
        <translation>%1 auf der Kommandozeile hat für diesen Lauf Vorrang.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Envoy command operators, e.g. %REQ(:METHOD)% %RESPONSE_CODE% %DURATION%</source>
        <translation>Envoy-Command-Operatoren, z. B. %REQ(:METHOD)% %RESPONSE_CODE% %DURATION%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operators behind this preset; choose Custom… to write your own</source>
        <translation>Die Operatoren hinter dieser Vorlage; wählen Sie „Benutzerdefiniert…“, um eigene zu schreiben</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Write a format, or choose one of the presets.</source>
        <translation>Schreiben Sie ein Format, oder wählen Sie eine der Vorlagen.</translation>
    </message>
</context>
<context>
    <name>meshgate::SyntaxFixDialog</name>
    <message>
        <location filename="../ui/editors/syntaxfixdialog.cpp" line="+69"/>
        <source>&amp;Save and Open</source>
        <translation>&amp;Speichern und öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix YAML – %1</source>
        <translation>YAML korrigieren – %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be opened: its YAML does not parse, or a document names a kind that does not exist. Fix it here; Save and Open writes the file (the current version is kept as %2) and opens it.</source>
        <translation>%1 kann nicht geöffnet werden: sein YAML ist nicht lesbar, oder ein Dokument nennt eine Art, die es nicht gibt. Hier korrigieren; „Speichern und öffnen“ schreibt die Datei (die aktuelle Fassung bleibt als %2 erhalten) und öffnet sie.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The YAML parses and every kind exists. Resources are checked once the file is open.</source>
        <translation>Das YAML ist lesbar und jede Art existiert. Die Ressourcen werden geprüft, sobald die Datei geöffnet ist.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>meshgate::TableEditor</name>
    <message>
        <location filename="../ui/editors/tableeditor.cpp" line="+47"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>meshgate::TlsRouteEditor</name>
    <message>
        <location filename="../ui/editors/tlsrouteeditor.cpp" line="+17"/>
        <source>SNI hosts</source>
        <translation>SNI-Hosts</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Gateways</source>
        <translation>Gateways</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add match</source>
        <translation>Match hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subset</source>
        <translation>Subset</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add destination</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server names from the TLS ClientHello, separated by commas</source>
        <translation>Servernamen aus dem TLS-ClientHello, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Match any of</source>
        <translation>Passt auf eines von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destinations</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add match to TLS route %1</source>
        <translation>Match zu TLS-Route %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove match from TLS route %1</source>
        <translation>Match aus TLS-Route %1 entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add destination to TLS route %1</source>
        <translation>Ziel zu TLS-Route %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove destination from TLS route %1</source>
        <translation>Ziel aus TLS-Route %1 entfernen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Edit match %1 of TLS route %2</source>
        <translation>Match %1 von TLS-Route %2 bearbeiten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit destination %1 of TLS route %2</source>
        <translation>Ziel %1 von TLS-Route %2 bearbeiten</translation>
    </message>
</context>
<context>
    <name>meshgate::TopTable</name>
    <message>
        <location filename="../ui/charts/toptable.cpp" line="+16"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
</context>
<context>
    <name>meshgate::TrafficCharts</name>
    <message>
        <location filename="../ui/charts/trafficcharts.cpp" line="+117"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Window:</source>
        <translation>Zeitfenster:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 min</source>
        <translation>1 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+1</source>
        <translation>Alt+1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+2</source>
        <translation>Alt+2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+3</source>
        <translation>Alt+3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show the last %1 (%2)</source>
        <translation>Die letzten %1 anzeigen (%2)</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>No traffic yet</source>
        <translation>Noch kein Verkehr</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last second: %1 req/s (4xx %2, 5xx %3) · in %4/s · out %5/s · %6 connections</source>
        <translation>Letzte Sekunde: %1 Anf./s (4xx %2, 5xx %3) · ein %4/s · aus %5/s · %6 Verbindungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> · p50 %1 ms, p99 %2 ms</source>
        <translation> · p50 %1 ms, p99 %2 ms</translation>
    </message>
</context>
<context>
    <name>meshgate::TrayIcon</name>
    <message>
        <location filename="../ui/desktop/trayicon.cpp" line="+19"/>
        <location line="+10"/>
        <source>&amp;Show Meshgate</source>
        <translation>Meshgate &amp;anzeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Hide Meshgate</source>
        <translation>Meshgate &amp;ausblenden</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Meshgate is still running</source>
        <translation>Meshgate läuft weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The engine keeps serving requests. Use the tray icon to show the window or quit.</source>
        <translation>Die Engine bedient weiterhin Anfragen. Über das Symbol im Infobereich können Sie das Fenster anzeigen oder Meshgate beenden.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Engine stopped</source>
        <translation>Engine angehalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Engine running</source>
        <translation>Engine läuft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Engine running on %1</source>
        <translation>Engine läuft auf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 requests/s</source>
        <translation>%L1 Anfragen/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspace has changes that are not applied</source>
        <translation>Der Arbeitsbereich enthält nicht angewendete Änderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspace has errors; the last applied configuration runs</source>
        <translation>Der Arbeitsbereich enthält Fehler; die zuletzt angewendete Konfiguration läuft</translation>
    </message>
</context>
<context>
    <name>meshgate::VirtualServiceForm</name>
    <message>
        <location filename="../ui/editors/virtualserviceform.cpp" line="+47"/>
        <source>httpbin.org, *.example.com</source>
        <translation>httpbin.org, *.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hosts (Host header or SNI) these routes apply to, separated by commas</source>
        <translation>Die Hosts (Host-Header oder SNI), für die diese Routen gelten, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>HTTP routes — the first matching route wins; drag or Alt+Up/Alt+Down to reorder</source>
        <translation>HTTP-Routen — die erste passende Route gewinnt; zum Umsortieren ziehen oder Alt+Up/Alt+Down</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TLS routes (by SNI) — the first matching route wins</source>
        <translation>TLS-Routen (per SNI) — die erste passende Route gewinnt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ho&amp;sts</source>
        <translation>Ho&amp;sts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateways</source>
        <translation>Gateways</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Add HTTP route</source>
        <translation>HTTP-Route hinzufügen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Duplicate HTTP route %1</source>
        <translation>HTTP-Route %1 duplizieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete HTTP route %1</source>
        <translation>HTTP-Route %1 löschen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add TLS route</source>
        <translation>TLS-Route hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duplicate TLS route %1</source>
        <translation>TLS-Route %1 duplizieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete TLS route %1</source>
        <translation>TLS-Route %1 löschen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a route at the end</source>
        <translation>Eine Route am Ende hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the route up: it is tried earlier</source>
        <translation>Route nach oben verschieben: sie wird früher geprüft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Move Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the route down: it is tried later</source>
        <translation>Route nach unten verschieben: sie wird später geprüft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate the route</source>
        <translation>Route duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the route</source>
        <translation>Route löschen</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Sidecars and the local proxy&apos;s mesh port: traffic that did not come through a Gateway</source>
        <translation>Sidecars und der Mesh-Port des lokalen Proxys: Verkehr, der nicht über ein Gateway kam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No gateway selected: the routes apply to the mesh (sidecars) only.</source>
        <translation>Kein Gateway ausgewählt: die Routen gelten nur für das Mesh (Sidecars).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>HTTP routes (%1) — the first matching route wins; drag or Alt+Up/Alt+Down to reorder</source>
        <translation>HTTP-Routen (%1) — die erste passende Route gewinnt; zum Umsortieren ziehen oder Alt+Up/Alt+Down</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS routes (%1) — by SNI; the first matching route wins</source>
        <translation>TLS-Routen (%1) — per SNI; die erste passende Route gewinnt</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n TCP route(s): edit them in the YAML tab</source>
        <translation>
            <numerusform>%n TCP-Route: im YAML-Tab bearbeiten</numerusform>
            <numerusform>%n TCP-Routen: im YAML-Tab bearbeiten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Edit VirtualService hosts</source>
        <translation>VirtualService-Hosts bearbeiten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit VirtualService gateways</source>
        <translation>VirtualService-Gateways bearbeiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move HTTP route %1 to position %2</source>
        <translation>HTTP-Route %1 an Position %2 verschieben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move TLS route %1 to position %2</source>
        <translation>TLS-Route %1 an Position %2 verschieben</translation>
    </message>
</context>
<context>
    <name>meshgate::Workspace</name>
    <message>
        <location filename="../ui/common/workspace.cpp" line="+105"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+280"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Import %1 (replace)</source>
        <translation>%1 importieren (ersetzen)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Edit %1 in YAML</source>
        <translation>%1 im YAML bearbeiten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Duplicate %1</source>
        <translation>%1 duplizieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n resource(s)</source>
        <translation>
            <numerusform>%n Ressource löschen</numerusform>
            <numerusform>%n Ressourcen löschen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move HTTP route %1 to position %2</source>
        <translation>HTTP-Route %1 an Position %2 verschieben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move TLS route %1 to position %2</source>
        <translation>TLS-Route %1 an Position %2 verschieben</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Not opened: %1</source>
        <translation>Nicht geöffnet: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
</context>
<context>
    <name>routeutil</name>
    <message>
        <location filename="../ui/editors/routeutil.cpp" line="+38"/>
        <source>every request</source>
        <translation>jede Anfrage</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+18"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>every connection</source>
        <translation>jede Verbindung</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>redirect</source>
        <translation>Weiterleitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>direct response %1</source>
        <translation>Direktantwort %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>(no destination)</source>
        <translation>(kein Ziel)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No destination</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All traffic goes to the one destination</source>
        <translation>Der gesamte Verkehr geht an das eine Ziel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A weight is negative</source>
        <translation>Ein Gewicht ist negativ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All weights are 0: no traffic can be routed</source>
        <translation>Alle Gewichte sind 0: kein Verkehr kann geroutet werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weights sum to 100</source>
        <translation>Gewichte ergeben in Summe 100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weights sum to %1, not 100: traffic is split in proportion</source>
        <translation>Die Gewichte ergeben %1, nicht 100: der Verkehr wird anteilig aufgeteilt</translation>
    </message>
</context>
</TS>
