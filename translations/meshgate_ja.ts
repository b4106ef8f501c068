<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AccessLogExporter</name>
    <message>
        <location filename="../ui/logs/accesslogexporter.cpp" line="+83"/>
        <location line="+37"/>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>AccessLogQuery</name>
    <message>
        <location filename="../ui/logs/accesslogquery.cpp" line="+137"/>
        <source>a filter needs a value after the colon</source>
        <translation>フィルターにはコロンの後に値が必要です</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>status:%1 is not a status; use 2xx … 5xx, a code like 404, or 0</source>
        <translation>status:%1 はステータスではありません。2xx … 5xx、404 のようなコード、または 0 を使用してください</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>flag:%1 is not a response flag (NR, UF, UH, URX, DC, …, none or any)</source>
        <translation>flag:%1 はレスポンスフラグではありません（NR、UF、UH、URX、DC、…、none、any）</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 searched as text (not a filter key; the keys are status, host, flag, method, path, cluster, route, client and upstream)</source>
        <translation>%1 はテキストとして検索しました（フィルターキーではありません。キーは status、host、flag、method、path、cluster、route、client、upstream です）</translation>
    </message>
</context>
<context>
    <name>AdminServer</name>
    <message>
        <location filename="../proxycore/engine/adminserver.cpp" line="+26"/>
        <source>the admin endpoint on a non-loopback address needs --admin-token</source>
        <translation>非ループバックアドレスで管理エンドポイントを公開するには --admin-token が必要です</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>port %1 in use</source>
        <translation>ポート %1 は使用中です</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../ui/settings/appsettings.cpp" line="+124"/>
        <source>Not an IP address; use e.g. 127.0.0.1, 0.0.0.0 or ::1.</source>
        <translation>IP アドレスではありません。127.0.0.1、0.0.0.0、::1 などを指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port offset must be between 0 and 65535.</source>
        <translation>ポートオフセットは 0～65535 の範囲で指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>A port is a number from 1 to 65535 (0 = off).</source>
        <translation>ポートは 1～65535 の数値です（0 = 無効）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The admin and mesh ports must differ.</source>
        <translation>管理ポートと mesh ポートには異なる値を指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Between 1 and %1 worker threads (0 = one per core).</source>
        <translation>ワーカースレッド数は 1～%1 の範囲で指定してください（0 = コアごとに 1 つ）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Between 1 and %L1 connections.</source>
        <translation>接続数は 1～%L1 の範囲で指定してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More than 0 and at most %L1 seconds.</source>
        <translation>0 秒より大きく %L1 秒以下の値を指定してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The GUI has no standard output to write to; choose a file.</source>
        <translation>GUI には書き込み先となる標準出力がありません。ファイルを選択してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At character %1: %2</source>
        <translation>%1 文字目: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Between %L1 and %L2 rows.</source>
        <translation>行数は %L1～%L2 の範囲で指定してください。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
</context>
<context>
    <name>ClusterBuilder</name>
    <message>
        <location filename="../proxycore/routing/clusterbuilder.cpp" line="+159"/>
        <source>host &quot;%1&quot; is not in the service registry (no ServiceEntry defines it)</source>
        <translation>ホスト &quot;%1&quot; はサービスレジストリにありません（これを定義する ServiceEntry がありません）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>port %1 is not a port of ServiceEntry host &quot;%2&quot;</source>
        <translation>ポート %1 は ServiceEntry ホスト &quot;%2&quot; のポートではありません</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>subset &quot;%1&quot; of host &quot;%2&quot; is not defined by any DestinationRule</source>
        <translation>ホスト &quot;%2&quot; のサブセット &quot;%1&quot; はどの DestinationRule にも定義されていません</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1: %2 &quot;%3&quot; is not a duration; using the default</source>
        <translation>%1: %2 &quot;%3&quot; は有効な期間ではありません。既定値を使用します</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: loadBalancer PASSTHROUGH needs an original destination; using LEAST_REQUEST</source>
        <translation>%1: loadBalancer PASSTHROUGH には元の宛先が必要です。LEAST_REQUEST を使用します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: consistentHash load balancing is not supported; using %2</source>
        <translation>%1: consistentHash による負荷分散はサポートされていません。%2 を使用します</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1: tls.credentialName refers to a Kubernetes secret; set clientCertificate/privateKey/caCertificates file paths instead</source>
        <translation>%1: tls.credentialName は Kubernetes Secret を参照しています。代わりに clientCertificate/privateKey/caCertificates のファイルパスを設定してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: tls mode ISTIO_MUTUAL needs mesh certificates; Meshgate has none</source>
        <translation>%1: TLS モード ISTIO_MUTUAL には mesh 証明書が必要ですが、Meshgate にはありません</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="+36"/>
        <source>Meshgate: an Istio-style ingress gateway and proxy manager for your desktop.</source>
        <translation>Meshgate: デスクトップ向けの Istio 風イングレスゲートウェイ兼プロキシマネージャーです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load Istio resources from FILE (repeatable).</source>
        <translation>FILE から Istio リソースを読み込みます（複数指定可）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <location line="+30"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Run the proxy engine without a window.</source>
        <translation>ウィンドウなしでプロキシエンジンを実行します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the configuration, print FILE:LINE:COL diagnostics and exit.</source>
        <translation>設定を検査し、FILE:LINE:COL 形式で診断を出力して終了します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the configuration as kubectl-ready YAML to FILE (&apos;-&apos; = stdout).</source>
        <translation>設定を kubectl でそのまま使える YAML として FILE に書き出します（&apos;-&apos; = 標準出力）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>apiVersion for --export: v1, v1beta1, v1alpha3 or keep (default).</source>
        <translation>--export で使う apiVersion: v1、v1beta1、v1alpha3、または keep（既定）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explain how a request is routed, e.g. &quot;GET http://httpbin.org/status/418 gateway=proxy port=80 header:x-canary=yes&quot; or &quot;TLS edition.cnn.com gateway=proxy&quot;, and exit. Without port=, the URL&apos;s or the gateway&apos;s only port of that kind.</source>
        <translation>リクエストのルーティングを説明して終了します。例: &quot;GET http://httpbin.org/status/418 gateway=proxy port=80 header:x-canary=yes&quot; または &quot;TLS edition.cnn.com gateway=proxy&quot;。port= がない場合は URL のポート、またはゲートウェイにその種類のポートが一つだけあればそのポートを使います。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>REQUEST</source>
        <translation>REQUEST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address the listeners bind to (default 127.0.0.1).</source>
        <translation>リスナーがバインドするアドレス（既定: 127.0.0.1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added to every Gateway port (default: 8000 below 1024, else 0).</source>
        <translation>すべての Gateway ポートに加算する値（既定: 1024 未満なら 8000、それ以外は 0）。</translation>
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
        <translation>mesh フォワードプロキシのポート（既定 15001、0 = 無効）。</translation>
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
        <translation>非ループバックのクライアントに mesh フォワードプロキシの使用を許可します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port of the admin endpoint (default 15000, 0 = off).</source>
        <translation>管理エンドポイントのポート（既定 15000、0 = 無効）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bearer token the admin endpoint requires when bound to a non-loopback address.</source>
        <translation>管理エンドポイントが非ループバックアドレスにバインドされているときに要求する Bearer トークン。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to ADDR:PORT instead of HOST:PORT (curl semantics, repeatable).</source>
        <translation>HOST:PORT の代わりに ADDR:PORT へ接続します（curl と同じ意味、複数指定可）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOST:PORT:ADDR:PORT</source>
        <translation>HOST:PORT:ADDR:PORT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the access log to FILE (&apos;-&apos; = stdout, the default when headless).</source>
        <translation>アクセスログを FILE に書き込みます（&apos;-&apos; = 標準出力、ヘッドレス時の既定）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>classic (default), istio, envoy, json, or Envoy %OPERATORS%.</source>
        <translation>classic（既定）、istio、envoy、json、または Envoy の %OPERATORS%。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker threads (default: number of cores).</source>
        <translation>ワーカースレッド数（既定: コア数）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mesh traffic to unknown hosts: ALLOW_ANY (default) or REGISTRY_ONLY.</source>
        <translation>未知のホストへの mesh トラフィック: ALLOW_ANY（既定）または REGISTRY_ONLY。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POLICY</source>
        <translation>POLICY</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum concurrent downstream connections (default 10000).</source>
        <translation>ダウンストリームの最大同時接続数（既定 10000）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds a client may take to send request headers (default 10).</source>
        <translation>クライアントがリクエストヘッダーの送信に使える秒数（既定 10）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How TCP relays (TLS passthrough) move bytes: copy (default) or splice.</source>
        <translation>TCP リレー（TLS パススルー）のバイト転送方法: copy（既定）または splice。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MODE</source>
        <translation>モード</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unexpected argument &apos;%1&apos; (config files go after -c)</source>
        <translation>予期しない引数 &apos;%1&apos;（設定ファイルは -c の後に指定します）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--api-version must be v1, v1beta1, v1alpha3 or keep, not &apos;%1&apos;</source>
        <translation>--api-version は v1、v1beta1、v1alpha3、keep のいずれかです（&apos;%1&apos; は無効）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--bind needs an IP address, not &apos;%1&apos;</source>
        <translation>--bind には IP アドレスを指定してください（&apos;%1&apos; は無効）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--port-offset needs a number between 0 and 65535</source>
        <translation>--port-offset には 0 から 65535 までの数値を指定してください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--mesh-port needs a port number (0 = off)</source>
        <translation>--mesh-port にはポート番号を指定してください（0 = 無効）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--admin-port needs a port number (0 = off)</source>
        <translation>--admin-port にはポート番号を指定してください（0 = 無効）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--workers needs a number between 1 and 256</source>
        <translation>--workers には 1 から 256 までの数値を指定してください</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--outbound-policy must be ALLOW_ANY or REGISTRY_ONLY</source>
        <translation>--outbound-policy は ALLOW_ANY または REGISTRY_ONLY でなければなりません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--max-connections needs a positive number</source>
        <translation>--max-connections には正の数を指定してください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--tcp-relay must be copy or splice, not &apos;%1&apos;</source>
        <translation>--tcp-relay は copy または splice でなければなりません（&apos;%1&apos; ではなく）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--request-headers-timeout needs a positive number of seconds</source>
        <translation>--request-headers-timeout には正の秒数を指定してください</translation>
    </message>
</context>
<context>
    <name>ConfigActions</name>
    <message>
        <location filename="../app/configactions.cpp" line="+47"/>
        <source>1 resource</source>
        <translation>1 リソース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 resources</source>
        <translation>%1 リソース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 error</source>
        <translation>1 エラー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 errors</source>
        <translation>%1 エラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 warning</source>
        <translation>1 警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 warnings</source>
        <translation>%1 警告</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>meshgate: not exporting: the configuration has errors</source>
        <translation>meshgate: エクスポートしません: 設定にエラーがあります</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>meshgate: exporting despite the errors below: they are about how the resources fit together (a Gateway, subset or port they refer to may be in the cluster), which an API server does not check</source>
        <translation>meshgate: 以下のエラーがありますがエクスポートします。これらはリソース同士の関係（参照先の Gateway、サブセット、ポートはクラスターにあるかもしれません）に関するもので、API サーバーは検査しません</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>meshgate: exported with %n unknown field(s); kubectl apply (strict field validation) will reject them until they are fixed</source>
        <translation>
            <numerusform>meshgate: 不明なフィールド %n 個を含めてエクスポートしました。修正するまで kubectl apply（厳密なフィールド検証）で拒否されます</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>meshgate: cannot write to standard output</source>
        <translation>meshgate: 標準出力に書き込めません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>meshgate: cannot write %1: %2</source>
        <translation>meshgate: %1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>ConfigLoader</name>
    <message>
        <location filename="../proxycore/config/configloader.cpp" line="+41"/>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
</context>
<context>
    <name>ConnectToRule</name>
    <message>
        <location filename="../proxycore/engine/enginesettings.cpp" line="+33"/>
        <location line="+6"/>
        <source>&quot;%1&quot; is not HOST:PORT</source>
        <translation>&quot;%1&quot; は HOST:PORT の形式ではありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>port &quot;%1&quot; is not a number from 1 to 65535 (or empty for any)</source>
        <translation>ポート &quot;%1&quot; は 1〜65535 の数値ではありません（空欄なら任意）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unbalanced &apos;[&apos; in &quot;%1&quot;</source>
        <translation>&quot;%1&quot; の &apos;[&apos; が閉じられていません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected HOST:PORT:ADDRESS:PORT, got &quot;%1&quot;</source>
        <translation>HOST:PORT:ADDRESS:PORT の形式が必要ですが、&quot;%1&quot; が指定されました</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 in &quot;%2&quot; (expected HOST:PORT:ADDRESS:PORT)</source>
        <translation>&quot;%2&quot; の %1（HOST:PORT:ADDRESS:PORT の形式が必要です）</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../proxycore/engine/engine.cpp" line="+62"/>
        <source>the open-file limit (%1) is below --max-connections %2; clients beyond it will not be accepted (raise it with ulimit -n)</source>
        <translation>オープンファイル数の上限（%1）が --max-connections %2 を下回っています。上限を超えるクライアントは受け付けられません（ulimit -n で引き上げてください）</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>--access-log-format: %1</source>
        <translation>--access-log-format: %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>connection refused: %1</source>
        <translation>接続が拒否されました: %1</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>access log: %1 (proxying continues)</source>
        <translation>アクセスログ: %1（プロキシは継続します）</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>admin endpoint not available: %1</source>
        <translation>管理エンドポイントを利用できません: %1</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>gateway %1 port %2 (%3 on %4): %5</source>
        <translation>ゲートウェイ %1 ポート %2 (%3、%4): %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 listener %2: %3</source>
        <translation>%1 リスナー %2: %3</translation>
    </message>
</context>
<context>
    <name>GuiApp</name>
    <message>
        <location filename="../app/guiapp.cpp" line="+78"/>
        <source>Engine not started: %1 did not open.</source>
        <translation>エンジンは起動されていません: %1 を開けませんでした。</translation>
    </message>
</context>
<context>
    <name>HeadlessRunner</name>
    <message>
        <location filename="../app/headlessrunner.cpp" line="+150"/>
        <source>meshgate: the configuration has errors; nothing to run</source>
        <translation>meshgate: 設定にエラーがあります。実行するものがありません</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>admin</source>
        <translation>管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mesh forward proxy</source>
        <translation>mesh フォワードプロキシ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gateway %1 port %2</source>
        <translation>Gateway %1 ポート %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>meshgate: listening on %1:%2 (%3, %4)</source>
        <translation>meshgate: %1:%2 で待ち受け中（%3、%4）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>meshgate: cannot listen for %1: %2</source>
        <translation>meshgate: %1 の待ち受けを開始できません: %2</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>meshgate: no listener could be bound</source>
        <translation>meshgate: バインドできたリスナーがありません</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>meshgate: configuration change rejected; still running generation %1:</source>
        <translation>meshgate: 設定の変更は拒否されました。世代 %1 のまま実行中です:</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>%1 no longer holds any resource (restart meshgate to run without it)</source>
        <translation>%1 にはリソースがなくなりました（これなしで実行するには meshgate を再起動してください）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>meshgate: configuration reloaded (generation %1)</source>
        <translation>meshgate: 設定を再読み込みしました（世代 %1）</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>meshgate: stopping (draining for up to %1 s)</source>
        <translation>meshgate: 停止中（最大 %1 秒間ドレイン）</translation>
    </message>
</context>
<context>
    <name>HostMatch</name>
    <message>
        <location filename="../proxycore/routing/hostmatch.cpp" line="+124"/>
        <source>empty host name</source>
        <translation>ホスト名が空です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wildcards are only allowed as the whole first label (&quot;*.example.com&quot;)</source>
        <translation>ワイルドカードは先頭ラベル全体としてのみ使用できます（&quot;*.example.com&quot;）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>short names are not allowed here; use a fully qualified name</source>
        <translation>ここでは短い名前は使用できません。完全修飾名を使用してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a valid DNS name</source>
        <translation>有効な DNS 名ではありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host name longer than 253 characters</source>
        <translation>ホスト名が 253 文字を超えています</translation>
    </message>
</context>
<context>
    <name>HttpRouteCompiler</name>
    <message>
        <location filename="../proxycore/routing/httproutecompiler.cpp" line="+105"/>
        <source>%1 match[%2]: sourceLabels/sourceNamespace select sidecar workloads and never match on a gateway</source>
        <translation>%1 match[%2]: sourceLabels/sourceNamespace はサイドカーのワークロードを選択するため、Gateway では一致しません</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>perTryTimeout &quot;%1&quot; is not a duration</source>
        <translation>perTryTimeout &quot;%1&quot; は有効な期間ではありません</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>fault.delay has no percentage: delaying every request as Istio documents it (Istio&apos;s generated Envoy config delays none, istio/istio#36303)</source>
        <translation>fault.delay に割合がありません: Istio のドキュメントどおりすべてのリクエストを遅延させます（Istio が生成する Envoy 設定ではどれも遅延しません。istio/istio#36303）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fault.delay needs a fixedDelay duration (exponentialDelay is not supported)</source>
        <translation>fault.delay には fixedDelay の期間が必要です（exponentialDelay はサポートされていません）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>fault.abort has no percentage: aborting every request as Istio documents it (Istio&apos;s generated Envoy config aborts none, istio/istio#36303)</source>
        <translation>fault.abort に割合がありません: Istio のドキュメントどおりすべてのリクエストを中断します（Istio が生成する Envoy 設定ではどれも中断しません。istio/istio#36303）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fault.abort needs httpStatus (grpcStatus and http2Error are not supported)</source>
        <translation>fault.abort には httpStatus が必要です（grpcStatus と http2Error はサポートされていません）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: redirectCode %2 is not supported (301, 302, 303, 307, 308); using 301</source>
        <translation>%1: redirectCode %2 はサポートされていません（301、302、303、307、308 のみ）。301 を使用します</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1: all destination weights are 0; splitting evenly</source>
        <translation>%1: すべての宛先の重みが 0 です。均等に分割します</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: uriRegexRewrite.match &quot;%2&quot; does not compile: %3</source>
        <translation>%1: uriRegexRewrite.match &quot;%2&quot; をコンパイルできません: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: timeout &quot;%2&quot; is not a duration; no timeout</source>
        <translation>%1: timeout &quot;%2&quot; は有効な期間ではありません。タイムアウトなしとします</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: mirror not compiled: %2</source>
        <translation>%1: mirror はコンパイルされませんでした: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: corsPolicy is not applied by Meshgate</source>
        <translation>%1: corsPolicy は Meshgate では適用されません</translation>
    </message>
</context>
<context>
    <name>ListenerSocket</name>
    <message>
        <location filename="../proxycore/engine/listenersocket.cpp" line="+66"/>
        <source>port %1 in use</source>
        <translation>ポート %1 は使用中です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot bind %1:%2: %3</source>
        <translation>%1:%2 にバインドできません: %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation>%1:%2 で待ち受けできません: %3</translation>
    </message>
</context>
<context>
    <name>LogStyle</name>
    <message>
        <location filename="../ui/logs/logstyle.cpp" line="+22"/>
        <source>failed local health check</source>
        <translation>ローカルのヘルスチェックに失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no healthy upstream</source>
        <translation>正常な上流がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upstream request timeout</source>
        <translation>上流リクエストのタイムアウト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>local reset</source>
        <translation>ローカルリセット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upstream remote reset</source>
        <translation>上流のリモートリセット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upstream connection failure</source>
        <translation>上流への接続失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upstream connection termination</source>
        <translation>上流接続の終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upstream overflow (circuit breaker)</source>
        <translation>上流のオーバーフロー（サーキットブレーカー）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no route found</source>
        <translation>ルートが見つかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delay injected</source>
        <translation>遅延を注入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fault injected</source>
        <translation>フォールトを注入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate limited</source>
        <translation>レート制限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unauthorized by external service</source>
        <translation>外部サービスにより未認可</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate limit service error</source>
        <translation>レート制限サービスのエラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>downstream connection termination</source>
        <translation>ダウンストリーム接続の終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upstream retry limit exceeded</source>
        <translation>上流の再試行上限を超過</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stream idle timeout</source>
        <translation>ストリームのアイドルタイムアウト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid Envoy request headers</source>
        <translation>無効な Envoy リクエストヘッダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>downstream protocol error</source>
        <translation>ダウンストリームのプロトコルエラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upstream max stream duration reached</source>
        <translation>上流ストリームの最大継続時間に到達</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>response from cache filter</source>
        <translation>キャッシュフィルターからの応答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no filter config found</source>
        <translation>フィルター設定が見つかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration timeout</source>
        <translation>継続時間のタイムアウト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upstream protocol error</source>
        <translation>上流のプロトコルエラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no cluster found</source>
        <translation>クラスターが見つかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overload manager</source>
        <translation>オーバーロードマネージャー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS resolution failed</source>
        <translation>DNS の名前解決に失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropped by overload</source>
        <translation>過負荷により破棄</translation>
    </message>
</context>
<context>
    <name>RequestDescription</name>
    <message>
        <location filename="../proxycore/routing/requestdescription.cpp" line="+71"/>
        <source>unbalanced quote</source>
        <translation>引用符が閉じられていません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>describe a request, e.g. &quot;GET http://httpbin.org/status/418 gateway=proxy port=80&quot; or &quot;TLS edition.cnn.com gateway=proxy port=443&quot;</source>
        <translation>リクエストを記述してください。例: &quot;GET http://httpbin.org/status/418 gateway=proxy port=80&quot; または &quot;TLS edition.cnn.com gateway=proxy port=443&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>start with an HTTP method (GET, POST, ...) or TLS, not &quot;%1&quot;</source>
        <translation>HTTP メソッド（GET、POST、...）または TLS で始めてください（&quot;%1&quot; は無効）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot;: expected header:NAME=VALUE</source>
        <translation>&quot;%1&quot;: header:NAME=VALUE の形式が必要です</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>gateway= needs a Gateway name, or mesh</source>
        <translation>gateway= には Gateway 名または mesh を指定してください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>port &quot;%1&quot; is not a port number</source>
        <translation>ポート &quot;%1&quot; はポート番号ではありません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown key &quot;%1&quot; (use gateway=, port=, host=, sni=, scheme= or header:NAME=VALUE)</source>
        <translation>不明なキー &quot;%1&quot;（gateway=、port=、host=、sni=、scheme=、header:NAME=VALUE のいずれかを使用してください）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot;: only one URL, path or server name per request</source>
        <translation>&quot;%1&quot;: 1 つのリクエストに指定できる URL、パス、サーバー名は 1 つだけです</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give the server name once (&quot;%1&quot; and sni=%2)</source>
        <translation>サーバー名は一度だけ指定してください（&quot;%1&quot; と sni=%2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>missing URL or path after %1</source>
        <translation>%1 の後に URL またはパスがありません</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a URL</source>
        <translation>&quot;%1&quot; は URL ではありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scheme &quot;%1&quot; is not http or https</source>
        <translation>スキーム &quot;%1&quot; は http でも https でもありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>missing gateway=NAME (a Gateway name, or mesh for the forward proxy)</source>
        <translation>gateway=NAME がありません（Gateway 名、またはフォワードプロキシの場合は mesh）</translation>
    </message>
</context>
<context>
    <name>ResourceDecoder</name>
    <message>
        <location filename="../proxycore/config/resourcedecoder.cpp" line="+81"/>
        <source>expected a mapping for %1, found %2</source>
        <translation>%1 にはマッピングが必要ですが、%2 が見つかりました</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is the proto field name; Kubernetes expects &quot;%2&quot; (export writes &quot;%2&quot;)</source>
        <translation>&quot;%1&quot; は proto のフィールド名です。Kubernetes では &quot;%2&quot; を使います（エクスポートでは &quot;%2&quot; と書き出します）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is given twice (as &quot;%2&quot; and its other spelling)</source>
        <translation>&quot;%1&quot; が二重に指定されています（&quot;%2&quot; と、もう一方の表記）</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+6"/>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>quoted boolean &quot;%1&quot;; Kubernetes expects true or false without quotes</source>
        <translation>真偽値 &quot;%1&quot; が引用符で囲まれています。Kubernetes では引用符なしの true または false が必要です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a list of strings</source>
        <translation>文字列のリスト</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a mapping of strings</source>
        <translation>文字列のマッピング</translation>
    </message>
    <message>
        <location line="-187"/>
        <location line="+215"/>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a scalar</source>
        <translation>スカラー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a mapping</source>
        <translation>マッピング</translation>
    </message>
    <message>
        <location line="+235"/>
        <source>&quot;%1&quot; is kept and exported, but the local engine does not enforce it</source>
        <translation>&quot;%1&quot; は保持されエクスポートされますが、ローカルエンジンでは適用されません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown field &quot;%1&quot; in %2</source>
        <translation>%2 に不明なフィールド &quot;%1&quot; があります</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+701"/>
        <location line="+8"/>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>。&quot;%1&quot; のことですか？</translation>
    </message>
    <message>
        <location line="-703"/>
        <source> (ignored, so this match does not check it and may match every request)</source>
        <translation> (無視されるため、この match はこれを確認せず、すべてのリクエストに一致する可能性があります)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quoted number &quot;%1&quot;; Kubernetes expects an integer (export writes %1)</source>
        <translation>数値 &quot;%1&quot; が引用符で囲まれています。Kubernetes では整数が必要です（エクスポートでは %1 と書き出します）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected %1, found %2</source>
        <translation>%1 が必要ですが、%2 が見つかりました</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>a string match takes exactly one of exact, prefix or regex</source>
        <translation>文字列マッチには exact、prefix、regex のいずれか 1 つだけを指定します</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a mapping of string matches</source>
        <translation>文字列マッチのマッピング</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>a mapping of port name to port number</source>
        <translation>ポート名からポート番号へのマッピング</translation>
    </message>
    <message>
        <location line="+438"/>
        <source>a List needs an items list</source>
        <translation>List には items リストが必要です</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected a Kubernetes resource (a mapping with apiVersion and kind)</source>
        <translation>Kubernetes リソース（apiVersion と kind を持つマッピング）が必要です</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>document has no kind</source>
        <translation>ドキュメントに kind がありません</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>networking.istio.io has no kind &quot;%1&quot;</source>
        <translation>networking.istio.io に kind &quot;%1&quot; はありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>skipped: %1 is not one of Gateway, ServiceEntry, DestinationRule, VirtualService</source>
        <translation>スキップしました: %1 は Gateway、ServiceEntry、DestinationRule、VirtualService のいずれでもありません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>missing apiVersion (expected networking.istio.io/v1, v1beta1 or v1alpha3)</source>
        <translation>apiVersion がありません（networking.istio.io/v1、v1beta1、v1alpha3 のいずれかが必要です）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsupported apiVersion &quot;%1&quot; (expected networking.istio.io/v1, v1beta1 or v1alpha3)</source>
        <translation>サポートされていない apiVersion &quot;%1&quot;（networking.istio.io/v1、v1beta1、v1alpha3 のいずれかが必要です）</translation>
    </message>
</context>
<context>
    <name>ResourceText</name>
    <message>
        <location filename="../ui/common/resourcetext.cpp" line="+19"/>
        <source>the YAML tab holds one resource, found %1; use File &gt; Import to add more</source>
        <translation>YAML タブに置けるリソースは 1 つですが、%1 個見つかりました。追加するには [ファイル] &gt; [インポート] を使用してください</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no Gateway, ServiceEntry, DestinationRule or VirtualService in the text</source>
        <translation>テキストに Gateway、ServiceEntry、DestinationRule、VirtualService がありません</translation>
    </message>
</context>
<context>
    <name>RouteExplainer</name>
    <message>
        <location filename="../proxycore/routing/routeexplainer.cpp" line="+68"/>
        <source>original destination</source>
        <translation>元の宛先</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>black hole</source>
        <translation>ブラックホール</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>catch-all %1 *</source>
        <translation>キャッチオール%1 *</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>wildcard %1 %2</source>
        <translation>ワイルドカード%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exact %1 %2</source>
        <translation>完全一致の%1 %2</translation>
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
        <translation>mesh フォワードプロキシ、宛先ポート %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no port= given; using the only %1 port of Gateway %2, %3</source>
        <translation>port= の指定がないため、Gateway %2 の唯一の %1 ポート %3 を使います</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (listening on %2)</source>
        <translation>%1（%2 で待ち受け）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no Gateway named %1 has a server Meshgate listens for</source>
        <translation>%1 という名前の Gateway に、Meshgate が待ち受ける server はありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateway %1 has no server on port %2; its ports: %3</source>
        <translation>Gateway %1 にはポート %2 の server がありません。ポート一覧: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>listener</source>
        <translation>リスナー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection refused: %1</source>
        <translation>接続が拒否されました: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>listener %1</source>
        <translation>リスナー %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, port %2 of %3</source>
        <translation>%1、%3 のポート %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+20"/>
        <source>request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>this port routes TLS connections by SNI; a plain HTTP request carries no SNI</source>
        <translation>このポートは TLS 接続を SNI でルーティングします。平文の HTTP リクエストには SNI がありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>port %1 serves plain HTTP: a TLS ClientHello is a protocol error and the connection is closed</source>
        <translation>ポート %1 は平文の HTTP を提供しています。TLS の ClientHello はプロトコルエラーとなり、接続が閉じられます</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>TLS is terminated here, then HTTP is routed; explaining GET / with Host %1</source>
        <translation>ここで TLS が終端され、その後 HTTP がルーティングされます。Host %1 の GET / として説明します</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>400: the request has no Host header</source>
        <translation>400: リクエストに Host ヘッダーがありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>400: Host %1 is not a valid authority</source>
        <translation>400: Host %1 は有効なオーソリティではありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>400: path %1 cannot be normalized (it encodes a NUL byte or does not start with /)</source>
        <translation>400: パス %1 を正規化できません（NUL バイトをエンコードしているか、/ で始まっていません）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>path</source>
        <translation>パス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is routed and forwarded as %2 (Istio&apos;s default path normalization)</source>
        <translation>%1 は %2 としてルーティング・転送されます（Istio の既定のパス正規化）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>virtual host %1</source>
        <translation>仮想ホスト %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host %1 matches %2</source>
        <translation>ホスト %1 は %2 に一致します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>host %1 matches %2 too, but %3 is more specific</source>
        <translation>ホスト %1 は %2 にも一致しますが、%3 の方が具体的です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>host %1 is not %2</source>
        <translation>ホスト %1 は %2 ではありません</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>virtual hosts</source>
        <translation>仮想ホスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: no VirtualService bound to %1 has a host this port&apos;s servers expose</source>
        <translation>なし: %1 にバインドされた VirtualService に、このポートの server が公開するホストを持つものがありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>404 NR route_not_found: no virtual host for %1 on port %2 (compare the Gateway&apos;s hosts with the VirtualService&apos;s hosts and gateways)</source>
        <translation>404 NR route_not_found: ポート %2 に %1 の仮想ホストがありません（Gateway の hosts と VirtualService の hosts および gateways を比較してください）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>301 to %1 (httpsRedirect)</source>
        <translation>%1 への 301（httpsRedirect）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>route %1</source>
        <translation>ルート %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no match conditions (catch-all)</source>
        <translation>マッチ条件なし（キャッチオール）</translation>
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
        <translation>404 NR route_not_found: 仮想ホスト %1 に一致するルートがありません</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 redirect to %2</source>
        <translation>%2 への %1 リダイレクト</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 direct response (%2 bytes) from route %3</source>
        <translation>ルート %3 からの %1 直接応答（%2 バイト）</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>fault</source>
        <translation>フォールト注入</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>delay %1 ms for %2% of requests (flag DI)</source>
        <translation>リクエストの %2% を %1 ms 遅延（フラグ DI）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>abort with %1 for %2% of requests (flag FI)</source>
        <translation>リクエストの %2% を %1 で中断（フラグ FI）</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>rewrite</source>
        <translation>書き換え</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>the matched path prefix becomes %1</source>
        <translation>一致したパスプレフィックスは %1 になります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host becomes %1</source>
        <translation>Host は %1 になります</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>timeout</source>
        <translation>タイムアウト</translation>
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
        <translation>リトライ</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>up to %1 more attempts, %2 ms each, on %3</source>
        <translation>%3 のとき最大 %1 回再試行 (各 %2 ms)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>up to %1 more attempts on %2</source>
        <translation>%2 のとき最大 %1 回再試行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> via route %1</source>
        <translation> (ルート %1 経由)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>503 NC: the route has no destination</source>
        <translation>503 NC: ルートに宛先がありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (not in the registry: 503 NC)</source>
        <translation>%1（レジストリにありません: 503 NC）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weighted target</source>
        <translation>重み付きターゲット</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 gets %2 of requests</source>
        <translation>%1 はリクエストの %2 を受け取ります</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (heaviest of %1 weighted targets)</source>
        <translation> (重み付きターゲット %1 個のうち最も重いもの)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>503 NC: destination host %1 is not in the service registry (no ServiceEntry with that host and port, or the subset is not defined)</source>
        <translation>503 NC: 宛先ホスト %1 はサービスレジストリにありません（そのホストとポートを持つ ServiceEntry がないか、サブセットが定義されていません）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the original destination</source>
        <translation>元の宛先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ %1 (original destination)</source>
        <translation>→ %1（元の宛先）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>502: %1 drops traffic to hosts outside the registry (REGISTRY_ONLY)</source>
        <translation>502: %1 はレジストリ外のホストへのトラフィックを破棄します（REGISTRY_ONLY）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>503 UH no healthy upstream: ServiceEntry %1 has resolution NONE, and a gateway has no original destination to forward to (istio/istio#7426); use DNS or STATIC</source>
        <translation>503 UH no healthy upstream: ServiceEntry %1 の resolution が NONE ですが、ゲートウェイには転送先となる元の宛先がありません（istio/istio#7426）。DNS または STATIC を使用してください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1:%2 (weight %3)</source>
        <translation>%1:%2（重み %3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>503 UH no healthy upstream: %1 has no endpoints</source>
        <translation>503 UH no healthy upstream: %1 にエンドポイントがありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>503 UH no healthy upstream: no endpoint of %1 has the labels of subset %2</source>
        <translation>503 UH no healthy upstream: %1 にサブセット %2 のラベルを持つエンドポイントがありません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>→ %1 (%2, 1 endpoint)</source>
        <translation>→ %1（%2、エンドポイント 1 個）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ %1 (%2, %3 endpoints)</source>
        <translation>→ %1（%2、エンドポイント %3 個）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>filter chain %1 (%2)</source>
        <translation>フィルターチェーン %1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>server name</source>
        <translation>サーバー名</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>SNI %1 matches %2</source>
        <translation>SNI %1 は %2 に一致します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SNI %1 matches %2 too, but %3 is more specific</source>
        <translation>SNI %1 は %2 にも一致しますが、%3 の方が具体的です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no SNI, and the chain needs %1</source>
        <translation>SNI がありませんが、このチェーンには %1 が必要です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SNI %1 is not %2</source>
        <translation>SNI %1 は %2 ではありません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>connection closed after the ClientHello: the client sent no SNI, so no filter chain matches (NR filter_chain_not_found, istio/istio#32466)</source>
        <translation>ClientHello の後に接続が閉じられました: クライアントが SNI を送信しなかったため、一致するフィルターチェーンがありません（NR filter_chain_not_found、istio/istio#32466）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection closed after the ClientHello: no filter chain for SNI %1 (NR filter_chain_not_found)</source>
        <translation>ClientHello の後に接続が閉じられました: SNI %1 のフィルターチェーンがありません（NR filter_chain_not_found）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> via %1</source>
        <translation> (%1 経由)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>TLS server %1 (%2)</source>
        <translation>TLS サーバー %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SNI %1 matches %2; its certificate %3 is presented</source>
        <translation>SNI %1 は %2 に一致します。その証明書 %3 が提示されます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no SNI, and the server needs one of its hosts</source>
        <translation>SNI がありません。このサーバーにはそのホストのいずれかが必要です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SNI %1 matches %2 too, but another server is more specific</source>
        <translation>SNI %1 は %2 にも一致しますが、より具体的な別のサーバーがあります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SNI %1 is none of its hosts</source>
        <translation>SNI %1 はどのホストにも該当しません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>connection closed after the ClientHello: the client sent no SNI and no HTTPS server on this port is for * (NR filter_chain_not_found)</source>
        <translation>ClientHello の後に接続を閉じました: クライアントは SNI を送らず、このポートに * 用の HTTPS サーバーはありません (NR filter_chain_not_found)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection closed after the ClientHello: no HTTPS server on this port is for SNI %1 (NR filter_chain_not_found)</source>
        <translation>ClientHello の後に接続を閉じました: このポートに SNI %1 用の HTTPS サーバーはありません (NR filter_chain_not_found)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>tcp routes</source>
        <translation>tcp ルート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no tcp route of a VirtualService bound to %1 applies to port %2</source>
        <translation>%1 にバインドされた VirtualService に、ポート %2 に適用される tcp ルートがありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection closed: no tcp route for port %1</source>
        <translation>接続を閉じました: ポート %1 の tcp ルートがありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tcp route %1</source>
        <translation>tcp ルート %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the first tcp route for this port</source>
        <translation>このポートの最初の tcp ルート</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no mesh VirtualService routes %1</source>
        <translation>%1 をルーティングする mesh の VirtualService はありません</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this connection</source>
        <translation>この接続</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>outbound policy</source>
        <translation>アウトバウンドポリシー</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>ALLOW_ANY: forwarded to the original destination %1:%2</source>
        <translation>ALLOW_ANY: 元の宛先 %1:%2 に転送します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REGISTRY_ONLY: %1:%2 is not a ServiceEntry host and port</source>
        <translation>REGISTRY_ONLY: %1:%2 は ServiceEntry のホストとポートではありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>registry</source>
        <translation>レジストリ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a ServiceEntry defines %1 port %2</source>
        <translation>ServiceEntry が %1 のポート %2 を定義しています</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection closed: %1 is not in the registry (REGISTRY_ONLY)</source>
        <translation>接続を閉じました: %1 はレジストリにありません（REGISTRY_ONLY）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>result: %1
</source>
        <translation>結果: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cluster: %1
</source>
        <translation>クラスター: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>endpoint: %1
</source>
        <translation>エンドポイント: %1
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
        <translation>静的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS round robin</source>
        <translation>DNS ラウンドロビン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no resolution</source>
        <translation>名前解決なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>original destination</source>
        <translation>元の宛先</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>black hole</source>
        <translation>ブラックホール</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n header(s)</source>
        <translation>
            <numerusform>ヘッダー %n 個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n query parameter(s)</source>
        <translation>
            <numerusform>クエリパラメーター %n 個</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>port %1</source>
        <translation>ポート %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>any request</source>
        <translation>すべてのリクエスト</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>redirect %1</source>
        <translation>リダイレクト %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>direct response %1</source>
        <translation>直接応答 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source> (+%n more)</source>
        <translation>
            <numerusform> (他 %n 個)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Gateway port %1 of %2, listening on %3 (%4)</source>
        <translation>%2 の Gateway ポート %1、%3 で待ち受け（%4）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Server %1 of Gateway %2 on port %3, listening on %4 (%5): clients asking for %6 by SNI get its certificate and routes</source>
        <translation>Gateway %2 のサーバー %1（ポート %3、待ち受け %4、%5）：SNI で %6 を要求したクライアントはこのサーバーの証明書とルートを使います</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>mesh :%1</source>
        <translation>mesh :%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forward proxy · HTTP and TLS</source>
        <translation>フォワードプロキシ · HTTP と TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mesh forward proxy on port %1: VirtualServices bound to the &quot;mesh&quot; gateway, and ServiceEntry hosts by default</source>
        <translation>ポート %1 の mesh フォワードプロキシ: &quot;mesh&quot; ゲートウェイにバインドされた VirtualService と、既定では ServiceEntry のホスト</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>%n route(s)</source>
        <translation>
            <numerusform>ルート %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · HTTPS redirect</source>
        <translation> · HTTPS リダイレクト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual host %1
Domains: %2</source>
        <translation>仮想ホスト %1
ドメイン: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Route %1 of VirtualService %2</source>
        <translation>VirtualService %2 のルート %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SNI · TLS passthrough</source>
        <translation>SNI · TLS パススルー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS connections whose ClientHello names %1</source>
        <translation>ClientHello のサーバー名が %1 の TLS 接続</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sni %1</source>
        <translation>sni %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS route %1 of VirtualService %2</source>
        <translation>VirtualService %2 の TLS ルート %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every connection</source>
        <translation>すべての接続</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n destination(s)</source>
        <translation>
            <numerusform>宛先 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not in the registry · 503 NC</source>
        <translation>レジストリにありません · 503 NC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No ServiceEntry defines %1, so requests routed there get 503 NC</source>
        <translation>%1 を定義する ServiceEntry がないため、ここにルーティングされたリクエストは 503 NC になります</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> · subset %1</source>
        <translation> · サブセット %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Cluster %1
Host %2, port %3, %n endpoint(s)</source>
        <translation>
            <numerusform>クラスター %1
ホスト %2、ポート %3、エンドポイント %n 個</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>resolved by DNS · weight %1</source>
        <translation>DNS で解決 · 重み %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight %1</source>
        <translation>重み %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>requested host:port</source>
        <translation>要求された host:port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passthrough</source>
        <translation>パススルー</translation>
    </message>
</context>
<context>
    <name>RouteMatcher</name>
    <message>
        <location filename="../proxycore/routing/routematcher.cpp" line="+126"/>
        <source>gateway %1 is not %2</source>
        <translation>gateway %1 は %2 ではありません</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>gateway %1</source>
        <translation>gateway %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>port %1 is not %2</source>
        <translation>ポート %1 は %2 ではありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>port %1</source>
        <translation>ポート %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>uri %1%2 does not match %3</source>
        <translation>uri %1%2 は %3 に一致しません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (ignoring case)</source>
        <translation> (大文字と小文字を区別しない)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>uri %1 matches %2</source>
        <translation>uri %1 は %2 に一致します</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2 does not match %3</source>
        <translation>%1 %2 は %3 に一致しません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 matches</source>
        <translation>%1 %2 に一致します</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>header %1 missing</source>
        <translation>ヘッダー %1 がありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>header %1 value %2 does not match %3</source>
        <translation>ヘッダー %1 の値 %2 は %3 に一致しません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>header %1 %2</source>
        <translation>ヘッダー %1 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>header %1 is present (withoutHeaders)</source>
        <translation>ヘッダー %1 が存在します（withoutHeaders）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>header %1 value %2 matches %3 (withoutHeaders)</source>
        <translation>ヘッダー %1 の値 %2 は %3 に一致します（withoutHeaders）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>without header %1 %2</source>
        <translation>ヘッダー %1 %2 なし</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>query parameter %1 missing</source>
        <translation>クエリパラメーター %1 がありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>query parameter %1 value %2 does not match %3</source>
        <translation>クエリパラメーター %1 の値 %2 は %3 に一致しません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>query parameter %1 %2</source>
        <translation>クエリパラメーター %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no conditions</source>
        <translation>条件なし</translation>
    </message>
</context>
<context>
    <name>RouteTableCompiler</name>
    <message>
        <location filename="../proxycore/routing/routetablecompiler.cpp" line="+35"/>
        <source>AUTO_PASSTHROUGH routes mesh-internal SNI names; treated as PASSTHROUGH</source>
        <translation>AUTO_PASSTHROUGH は mesh 内部の SNI 名をルーティングします。PASSTHROUGH として扱います</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS servers that terminate (mode %1) and then proxy TCP are not supported</source>
        <translation>TLS を終端して（モード %1）から TCP をプロキシする TLS server はサポートされていません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tls mode %1 needs mesh certificates and is not supported</source>
        <translation>TLS モード %1 には mesh 証明書が必要なため、サポートされていません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>protocol &quot;%1&quot; is not supported</source>
        <translation>プロトコル &quot;%1&quot; はサポートされていません</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>%1: no valid port number; server skipped</source>
        <translation>%1: 有効なポート番号がありません。server をスキップしました</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>port %1 with the port offset gives %2, which is not a port; this server is skipped (change the port or the port offset)</source>
        <translation>ポート %1 はポートオフセットで %2 になり、有効なポートではありません。このサーバーはスキップされます（ポートかポートオフセットを変更してください）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: bind &quot;%2&quot; is not an IP address; listening on %3</source>
        <translation>%1: bind &quot;%2&quot; は IP アドレスではありません。%3 で待ち受けます</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>port %1 maps to local port %2, which is the mesh forward proxy&apos;s; only one of them can open (change a port, the port offset or the mesh port)</source>
        <translation>ポート %1 はローカルポート %2 になり、これはメッシュ転送プロキシのポートです。どちらか一方しか開けません（ポート、ポートオフセット、またはメッシュポートを変更してください）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>port %1 maps to local port %2, which is the admin endpoint&apos;s; only one of them can open (change a port, the port offset or the admin port)</source>
        <translation>ポート %1 はローカルポート %2 になり、これは管理エンドポイントのポートです。どちらか一方しか開けません（ポート、ポートオフセット、または管理ポートを変更してください）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>port %1 maps to local port %2, which port %3 of Gateway %4 already uses; this server is skipped (change a port or the port offset)</source>
        <translation>ポート %1 はローカルポート %2 になりますが、Gateway %4 のポート %3 が既に使用しています。このサーバーはスキップされます（ポートかポートオフセットを変更してください）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 port %3 is already served as %4 by Gateway %5; server skipped</source>
        <translation>%1: %2 ポート %3 はすでに Gateway %5 が %4 として使用しています。server をスキップしました</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>for host %1 on port %2 this route is never used: %3 of VirtualService %4 matches every request first (the routes of all VirtualServices for a host are merged, catch-alls last)</source>
        <translation>ホスト %1 のポート %2 ではこのルートは使われません: VirtualService %4 の %3 が先にすべてのリクエストに一致します（ホストに対するすべての VirtualService のルートは統合され、キャッチオールは最後に置かれます）</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>SNI %1: %2 is ignored, %3 already routes it</source>
        <translation>SNI %1: %2 は無視されます。すでに %3 がルーティングしています</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>mesh host %1: VirtualService %2 is ignored, %3 already routes it (IST0109)</source>
        <translation>mesh ホスト %1: VirtualService %2 は無視されます。すでに %3 がルーティングしています（IST0109）</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Gateway %1: server %2 on port %3 skipped: host %4 is already served by another TLS server on that port</source>
        <translation>Gateway %1: ポート %3 のサーバー %2 をスキップしました: ホスト %4 はそのポートの別の TLS サーバーが既に扱っています</translation>
    </message>
</context>
<context>
    <name>SafeFileWriter</name>
    <message>
        <location filename="../ui/common/safefilewriter.cpp" line="+46"/>
        <source>cannot write the backup %1: %2</source>
        <translation>バックアップ %1 を書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>StringMatcher</name>
    <message>
        <location filename="../proxycore/routing/stringmatcher.cpp" line="+41"/>
        <source>regex &quot;%1&quot; does not compile: %2</source>
        <translation>正規表現 &quot;%1&quot; をコンパイルできません: %2</translation>
    </message>
</context>
<context>
    <name>TopTracker</name>
    <message>
        <location filename="../ui/charts/toptracker.cpp" line="+55"/>
        <source>(unnamed route)</source>
        <translation>（名前のないルート）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no route)</source>
        <translation>（ルートなし）</translation>
    </message>
</context>
<context>
    <name>TrafficCharts</name>
    <message>
        <location filename="../ui/charts/trafficcharts.cpp" line="+89"/>
        <source>Requests/s by status</source>
        <translation>ステータス別リクエスト数/秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throughput</source>
        <translation>スループット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active connections</source>
        <translation>アクティブな接続</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency (ms)</source>
        <translation>レイテンシ（ms）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>in</source>
        <translation>受信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out</source>
        <translation>送信</translation>
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
        <translation>スループット（%1）</translation>
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
        <translation>%1 %2 行目: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… ほか %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <location filename="../proxycore/config/crossvalidator.cpp" line="+119"/>
        <source>%1 &quot;%2&quot; is defined twice (first in %3)</source>
        <translation>%1 &quot;%2&quot; が二重に定義されています（最初の定義: %3）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>port %1 is already claimed as %2 by Gateway %3; one port cannot serve %4 and %2</source>
        <translation>ポート %1 はすでに Gateway %3 が %2 として使用しています。1 つのポートで %4 と %2 の両方は提供できません</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Gateway %1 also serves &quot;%2&quot; on port %3 for the same workload; their routes are merged, and istioctl analyze reports the conflict (IST0145)</source>
        <translation>Gateway %1 も同じワークロードでポート %3 の &quot;%2&quot; を提供しています。ルートは統合され、istioctl analyze はこの競合を報告します (IST0145)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>gateway &quot;%1&quot; not found: gateways are referenced as namespace/name, e.g. &quot;%2/%3&quot; (istio/istio#26695)</source>
        <translation>gateway &quot;%1&quot; が見つかりません: gateway は namespace/name の形式で参照します（例: &quot;%2/%3&quot;、istio/istio#26695）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>gateway &quot;%1&quot; not found (looked for Gateway %2)</source>
        <translation>gateway &quot;%1&quot; が見つかりません（Gateway %2 を検索しました）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>none of the hosts %1 is exposed by Gateway %2; its routes never apply there (IST0132)</source>
        <translation>ホスト %1 はいずれも Gateway %2 で公開されていません。そのルートはそこでは適用されません（IST0132）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>host &quot;%1&quot; is not defined by any ServiceEntry; requests routed here get 503 NC</source>
        <translation>ホスト &quot;%1&quot; はどの ServiceEntry にも定義されていません。ここにルーティングされたリクエストは 503 NC になります</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>。&quot;%1&quot; のことですか？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>host &quot;%1&quot; has %2 ports; set destination.port so the route does not depend on the listener port (IST0112)</source>
        <translation>ホスト &quot;%1&quot; にはポートが %2 個あります。ルートがリスナーのポートに依存しないよう destination.port を設定してください（IST0112）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>port %1 is not a port of host &quot;%2&quot;</source>
        <translation>ポート %1 はホスト &quot;%2&quot; のポートではありません</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>subset &quot;%1&quot; of host &quot;%2&quot; is not defined by any DestinationRule</source>
        <translation>ホスト &quot;%2&quot; のサブセット &quot;%1&quot; はどの DestinationRule にも定義されていません</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Gateway %1 has no server on port %2</source>
        <translation>Gateway %1 にはポート %2 の server がありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tls route bound to Gateway %1%2, which has no TLS PASSTHROUGH server there; tls routes only apply to PASSTHROUGH servers</source>
        <translation>tls ルートは Gateway %1%2 にバインドされていますが、そこには TLS PASSTHROUGH の server がありません。tls ルートは PASSTHROUGH の server にのみ適用されます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> port %1</source>
        <translation> ポート %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>no VirtualService bound to this gateway serves host &quot;%1&quot;; its connections are closed (NR)</source>
        <translation>このゲートウェイにバインドされた VirtualService でホスト &quot;%1&quot; を扱うものはありません。その接続は閉じられます (NR)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no VirtualService bound to this gateway serves host &quot;%1&quot;; its requests get 404 NR</source>
        <translation>この gateway にバインドされた VirtualService にホスト &quot;%1&quot; を扱うものがありません。そのリクエストは 404 NR になります</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>no gateways: this VirtualService binds only to the mesh, so Gateway %1, which exposes &quot;%2&quot;, answers 404 NR for it; add gateways: [%1] (and mesh, to keep mesh traffic)</source>
        <translation>gateways がありません: この VirtualService はメッシュにのみ適用されるため、「%2」を公開している Gateway %1 は 404 NR を返します。gateways: [%1] を追加してください (メッシュのトラフィックも残すには mesh も)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>host &quot;%1&quot; is also claimed for the mesh by VirtualService %2; only one takes effect (IST0109)</source>
        <translation>ホスト &quot;%1&quot; は mesh 用に VirtualService %2 でも指定されています。有効になるのは一方だけです（IST0109）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>DestinationRule %1 already applies to host &quot;%2&quot;; its policy wins and only new subsets are added from this one</source>
        <translation>DestinationRule %1 はすでにホスト &quot;%2&quot; に適用されています。そちらのポリシーが優先され、このルールからは新しいサブセットのみが追加されます</translation>
    </message>
    <message>
        <location filename="../proxycore/config/validator.cpp" line="+96"/>
        <source>cipher suite &quot;%1&quot; is listed twice; the repeat is ignored</source>
        <translation>暗号スイート「%1」が二重に指定されています。重複分は無視されます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cipher suite &quot;%1&quot; is not offered by this machine&apos;s OpenSSL and is ignored, as Istio ignores unsupported suites</source>
        <translation>暗号スイート「%1」はこのマシンの OpenSSL にないため無視されます (Istio も未対応のスイートを無視します)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is a TLS 1.3 suite; cipherSuites only chooses TLS 1.2 and below, so it is ignored</source>
        <translation>「%1」は TLS 1.3 のスイートです。cipherSuites は TLS 1.2 以下のみを選ぶため無視されます</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no usable cipher suite is left; the default list applies</source>
        <translation>使用できる暗号スイートが残っていません。既定のリストが使われます</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>port number is required</source>
        <translation>ポート番号は必須です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>port %1 is out of range (1-65535)</source>
        <translation>ポート %1 は範囲外です（1-65535）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a duration (e.g. 5s, 250ms, 1h)</source>
        <translation>&quot;%1&quot; は有効な期間ではありません（例: 5s、250ms、1h）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duration %1 is shorter than 1ms</source>
        <translation>期間 %1 は 1ms より短いです</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; は %2 のいずれでもありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>percentage %1 is outside 0-100</source>
        <translation>割合 %1 が 0-100 の範囲外です</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>regex longer than 1024 characters</source>
        <translation>正規表現が 1024 文字を超えています</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>regex does not compile: %1 at offset %2</source>
        <translation>正規表現をコンパイルできません: %1（オフセット %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a string match needs exact, prefix or regex</source>
        <translation>文字列マッチには exact、prefix、regex のいずれかが必要です</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a valid header name</source>
        <translation>&quot;%1&quot; は有効なヘッダー名ではありません</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>header value contains CR, LF or NUL, which would inject headers</source>
        <translation>ヘッダー値に CR、LF、NUL が含まれており、ヘッダーインジェクションにつながります</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>destination host is required</source>
        <translation>宛先ホストは必須です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>destination host &quot;%1&quot;: %2</source>
        <translation>宛先ホスト &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>destination host cannot be a wildcard</source>
        <translation>宛先ホストにワイルドカードは使用できません</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+224"/>
        <source>weight must not be negative</source>
        <translation>重みを負の値にすることはできません</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>all destination weights are 0; no traffic can be routed</source>
        <translation>すべての宛先の重みが 0 です。トラフィックをルーティングできません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>destination weights sum to %1, not 100; traffic is split in proportion to the weights</source>
        <translation>宛先の重みの合計が 100 ではなく %1 です。トラフィックは重みの比率で分割されます</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>metadata.name is required</source>
        <translation>metadata.name は必須です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name &quot;%1&quot; must be lower-case letters, digits, &apos;-&apos; or &apos;.&apos;, starting and ending with a letter or digit</source>
        <translation>名前 &quot;%1&quot; には英小文字、数字、&apos;-&apos;、&apos;.&apos; のみを使用し、先頭と末尾は英字または数字にする必要があります</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>namespace &quot;%1&quot; is not a valid name</source>
        <translation>名前空間 &quot;%1&quot; は有効な名前ではありません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a Gateway needs at least one server</source>
        <translation>Gateway には少なくとも 1 つの server が必要です</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+117"/>
        <source>port name is required</source>
        <translation>ポート名は必須です</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>port name &quot;%1&quot; is used by another server</source>
        <translation>ポート名 &quot;%1&quot; は別の server で使用されています</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>port protocol is required</source>
        <translation>ポートのプロトコルは必須です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>targetPort is not allowed on a Gateway server</source>
        <translation>Gateway の server では targetPort を指定できません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a server needs at least one host</source>
        <translation>server には少なくとも 1 つのホストが必要です</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a namespace (use *, . or a namespace name)</source>
        <translation>&quot;%1&quot; は名前空間ではありません（*、.、または名前空間名を使用してください）</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+76"/>
        <location line="+147"/>
        <location line="+197"/>
        <source>host &quot;%1&quot;: %2</source>
        <translation>ホスト &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="-417"/>
        <source>bind must be an IP address</source>
        <translation>bind は IP アドレスでなければなりません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a %1 server needs a tls block (mode PASSTHROUGH, SIMPLE or MUTUAL)</source>
        <translation>%1 の server には tls ブロック（モード PASSTHROUGH、SIMPLE、MUTUAL）が必要です</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a plain %1 server may only set tls.httpsRedirect</source>
        <translation>平文の %1 server で設定できるのは tls.httpsRedirect のみです</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a %1 server cannot have tls settings; use protocol TLS</source>
        <translation>%1 の server には tls 設定を指定できません。プロトコル TLS を使用してください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tls mode %1 needs serverCertificate and privateKey (or credentialName)</source>
        <translation>TLS モード %1 には serverCertificate と privateKey（または credentialName）が必要です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tls mode %1 needs caCertificates to verify clients</source>
        <translation>TLS モード %1 ではクライアントの検証に caCertificates が必要です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>subjectAltNames checks client certificates, which mode SIMPLE does not ask for</source>
        <translation>subjectAltNames はクライアント証明書を検査しますが、SIMPLE モードではクライアント証明書を要求しません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>credentialName refers to a Kubernetes secret, which a local gateway cannot read; set serverCertificate and privateKey for local use</source>
        <translation>credentialName はローカルゲートウェイでは読めない Kubernetes Secret を参照しています。ローカルで使うには serverCertificate と privateKey を設定してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tls mode %1 needs the mesh&apos;s mTLS identities and is not supported by the local engine</source>
        <translation>TLS モード %1 には mesh の mTLS ID が必要なため、ローカルエンジンではサポートされていません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cipherSuites has no effect in %1 mode: the gateway does not terminate TLS</source>
        <translation>%1 モードでは cipherSuites は効果がありません。ゲートウェイは TLS を終端しません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an HTTPS server in PASSTHROUGH mode cannot route on HTTP attributes; use protocol TLS with tls routes, or mode SIMPLE</source>
        <translation>PASSTHROUGH モードの HTTPS server は HTTP の属性でルーティングできません。プロトコル TLS と tls ルートを使うか、モード SIMPLE を使用してください</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a ServiceEntry needs at least one host</source>
        <translation>ServiceEntry には少なくとも 1 つのホストが必要です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;*&quot; is not allowed as a ServiceEntry host</source>
        <translation>&quot;*&quot; は ServiceEntry のホストとして使用できません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>port %1 is listed twice</source>
        <translation>ポート %1 が二重に指定されています</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>port name &quot;%1&quot; must be a DNS-1123 label</source>
        <translation>ポート名 &quot;%1&quot; は DNS-1123 ラベルでなければなりません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>port name &quot;%1&quot; is used twice</source>
        <translation>ポート名 &quot;%1&quot; が二重に使用されています</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no protocol; the port is treated as TCP</source>
        <translation>プロトコルが指定されていません。ポートは TCP として扱われます</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>resolution NONE cannot have endpoints</source>
        <translation>resolution NONE ではエンドポイントを指定できません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>resolution NONE: behind a gateway there is no original destination, so every request gets 503 UH &quot;no healthy upstream&quot; (istio/istio#7426); use DNS or STATIC</source>
        <translation>resolution NONE: ゲートウェイの背後には元の宛先がないため、すべてのリクエストが 503 UH &quot;no healthy upstream&quot; になります（istio/istio#7426）。DNS または STATIC を使用してください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>resolution DNS without endpoints needs fully qualified hosts, not &quot;%1&quot;</source>
        <translation>エンドポイントのない resolution DNS には完全修飾ホスト名が必要です（&quot;%1&quot; は不可）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>resolution DNS_ROUND_ROBIN allows at most one endpoint</source>
        <translation>resolution DNS_ROUND_ROBIN で指定できるエンドポイントは 1 つまでです</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>resolution STATIC without endpoints: requests get 503 UH &quot;no healthy upstream&quot;</source>
        <translation>エンドポイントのない resolution STATIC: リクエストは 503 UH &quot;no healthy upstream&quot; になります</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>endpoint address is required</source>
        <translation>エンドポイントのアドレスは必須です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>resolution STATIC needs IP addresses; &quot;%1&quot; is a name (use resolution DNS)</source>
        <translation>resolution STATIC には IP アドレスが必要です。&quot;%1&quot; は名前です（resolution DNS を使用してください）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>endpoint port &quot;%1&quot; names no port of this ServiceEntry</source>
        <translation>エンドポイントのポート &quot;%1&quot; はこの ServiceEntry のどのポートも指していません</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>maxConnections must be at least 1</source>
        <translation>maxConnections は 1 以上でなければなりません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>maxRequestsPerConnection must not be negative</source>
        <translation>maxRequestsPerConnection を負の値にすることはできません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be between 0 and 100</source>
        <translation>0 から 100 の範囲で指定してください</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>tls mode MUTUAL needs clientCertificate and privateKey</source>
        <translation>TLS モード MUTUAL には clientCertificate と privateKey が必要です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ISTIO_MUTUAL needs mesh identities; the local engine connects without TLS</source>
        <translation>ISTIO_MUTUAL には mesh の ID が必要です。ローカルエンジンは TLS なしで接続します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no sni: the upstream TLS handshake sends the request&apos;s Host as SNI (set sni explicitly when the upstream expects another name, istio/istio#50997)</source>
        <translation>sni が未設定です: 上流への TLS ハンドシェイクではリクエストの Host が SNI として送信されます（上流が別の名前を期待する場合は sni を明示的に設定してください。istio/istio#50997）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>credentialName refers to a Kubernetes secret, which a local gateway cannot read</source>
        <translation>credentialName はローカルゲートウェイでは読めない Kubernetes Secret を参照しています</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>host is required</source>
        <translation>ホストは必須です</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>subset name is required</source>
        <translation>サブセット名は必須です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subset &quot;%1&quot; is defined twice</source>
        <translation>サブセット &quot;%1&quot; が二重に定義されています</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>an HTTP route needs route, redirect or directResponse</source>
        <translation>HTTP ルートには route、redirect、directResponse のいずれかが必要です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an HTTP route cannot have both route and redirect</source>
        <translation>HTTP ルートに route と redirect の両方を指定することはできません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>directResponse cannot be combined with route or redirect</source>
        <translation>directResponse は route や redirect と組み合わせられません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rewrite cannot be combined with redirect</source>
        <translation>rewrite は redirect と組み合わせられません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>header names in matches must be lower-case (&quot;%1&quot;)</source>
        <translation>マッチ内のヘッダー名は小文字でなければなりません（&quot;%1&quot;）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>redirect takes uri or prefixRewrite, not both</source>
        <translation>redirect には uri と prefixRewrite のどちらか一方だけを指定します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>redirectCode %1 is not one of 301, 302, 303, 307, 308</source>
        <translation>redirectCode %1 は 301、302、303、307、308 のいずれでもありません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>redirect values must not contain CR or LF</source>
        <translation>redirect の値に CR や LF を含めることはできません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>directResponse needs a status</source>
        <translation>directResponse には status が必要です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>status %1 is outside 200-599</source>
        <translation>ステータス %1 が 200-599 の範囲外です</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>body.bytes is not valid base64</source>
        <translation>body.bytes は有効な base64 ではありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rewrite takes uri or uriRegexRewrite, not both</source>
        <translation>rewrite には uri と uriRegexRewrite のどちらか一方だけを指定します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rewrite values must not contain CR, LF or NUL</source>
        <translation>rewrite の値に CR、LF、NUL を含めることはできません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>regex does not compile</source>
        <translation>正規表現をコンパイルできません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>attempts must not be negative</source>
        <translation>attempts を負の値にすることはできません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a valid retryOn policy: no spaces around the commas</source>
        <translation>&quot;%1&quot; は有効な retryOn ポリシーではありません: カンマの前後に空白を入れないでください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a valid retryOn policy (5xx, gateway-error, reset, connect-failure, retriable-4xx, refused-stream, retriable-status-codes, an HTTP status code, ...)</source>
        <translation>&quot;%1&quot; は有効な retryOn ポリシーではありません (5xx、gateway-error、reset、connect-failure、retriable-4xx、refused-stream、retriable-status-codes、HTTP ステータスコードなど)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>retries has no attempts (or 0), so retries are off and its other fields do nothing; newer Istio refuses this. Set attempts (Istio&apos;s default is 2)</source>
        <translation>retries に attempts がない (または 0) ため、リトライは無効で他のフィールドは効果がありません。新しい Istio はこれを拒否します。attempts を設定してください (Istio の既定値は 2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fault needs delay or abort</source>
        <translation>fault には delay または abort が必要です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>delay needs fixedDelay</source>
        <translation>delay には fixedDelay が必要です</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>abort needs httpStatus</source>
        <translation>abort には httpStatus が必要です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>httpStatus %1 is outside 200-599</source>
        <translation>httpStatus %1 が 200-599 の範囲外です</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a VirtualService needs at least one http, tls or tcp route</source>
        <translation>VirtualService には少なくとも 1 つの http、tls、tcp ルートが必要です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a VirtualService needs at least one host (delegate VirtualServices are not supported locally)</source>
        <translation>VirtualService には少なくとも 1 つのホストが必要です（委任 VirtualService はローカルではサポートされていません）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;*&quot; is not allowed for the mesh gateway; bind the VirtualService to a gateway</source>
        <translation>mesh gateway では &quot;*&quot; を使用できません。VirtualService を gateway にバインドしてください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>host &quot;%1&quot; is listed twice</source>
        <translation>ホスト &quot;%1&quot; が二重に指定されています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host &quot;%1&quot; overlaps &quot;%2&quot;</source>
        <translation>ホスト &quot;%1&quot; は &quot;%2&quot; と重複しています</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no gateways: this VirtualService applies to the mesh (the forward proxy) only, not to any Gateway</source>
        <translation>gateways がありません: この VirtualService は mesh（フォワードプロキシ）にのみ適用され、Gateway には適用されません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>route is unreachable: an earlier route matches every request (IST0130)</source>
        <translation>ルートに到達できません: 前のルートがすべてのリクエストに一致します（IST0130）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a tls route needs at least one match</source>
        <translation>tls ルートには少なくとも 1 つのマッチが必要です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a tls match needs sniHosts</source>
        <translation>tls マッチには sniHosts が必要です</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sniHost &quot;%1&quot; is not covered by the VirtualService hosts</source>
        <translation>sniHost &quot;%1&quot; は VirtualService の hosts に含まれていません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a tls route needs at least one destination</source>
        <translation>tls ルートには少なくとも 1 つの宛先が必要です</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a tcp route needs at least one destination</source>
        <translation>tcp ルートには少なくとも 1 つの宛先が必要です</translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <location filename="../proxycore/config/yamlreader.cpp" line="+199"/>
        <source>key longer than %1 characters</source>
        <translation>キーが %1 文字を超えています</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>duplicate key &quot;%1&quot;</source>
        <translation>キー &quot;%1&quot; が重複しています</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>YAML syntax error: &apos;,&apos; can only separate items inside [ ] or { }</source>
        <translation>YAML 構文エラー: &apos;,&apos; は [ ] または { } の中でのみ要素を区切れます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YAML syntax error: unexpected &apos;%1&apos;</source>
        <translation>YAML 構文エラー: 予期しない &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YAML syntax error: unexpected character</source>
        <translation>YAML 構文エラー: 予期しない文字</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>document too large or too deeply nested (more than %1 nodes after expanding aliases)</source>
        <translation>ドキュメントが大きすぎるか、入れ子が深すぎます（エイリアス展開後のノード数が %1 を超えています）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>document too large for the memory available</source>
        <translation>使用できるメモリに対してドキュメントが大きすぎます</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>YAML syntax error: %1</source>
        <translation>YAML 構文エラー: %1</translation>
    </message>
</context>
<context>
    <name>formutil</name>
    <message>
        <location filename="../ui/editors/formutil.cpp" line="+110"/>
        <source>Header conditions separated by &quot;;&quot;: name=value (exact), name^=value (prefix), name~=regex</source>
        <translation>ヘッダー条件（&quot;;&quot; 区切り）: name=value（完全一致）、name^=value（前方一致）、name~=regex（正規表現）</translation>
    </message>
</context>
<context>
    <name>meshgate::AccessLogDetails</name>
    <message>
        <location filename="../ui/logs/accesslogdetails.cpp" line="+25"/>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Log line</source>
        <translation>ログ行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start time</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TCP connection</source>
        <translation>TCP 接続</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested server name</source>
        <translation>要求されたサーバー名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response code</source>
        <translation>レスポンスコード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response flags</source>
        <translation>レスポンスフラグ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Response code details</source>
        <translation>レスポンスコードの詳細</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection termination details</source>
        <translation>接続終了の詳細</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes received</source>
        <translation>受信バイト数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes sent</source>
        <translation>送信バイト数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>所要時間</translation>
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
        <translation>上流のサービス時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Route</source>
        <translation>ルート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream cluster</source>
        <translation>上流クラスター</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream host</source>
        <translation>上流ホスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream local address</source>
        <translation>上流のローカルアドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream transport failure reason</source>
        <translation>上流のトランスポート失敗の理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downstream remote address</source>
        <translation>ダウンストリームのリモートアドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downstream local address</source>
        <translation>ダウンストリームのローカルアドレス</translation>
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
        <translation>リクエスト ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request header %1</source>
        <translation>リクエストヘッダー %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response header %1</source>
        <translation>レスポンスヘッダー %1</translation>
    </message>
</context>
<context>
    <name>meshgate::AccessLogModel</name>
    <message>
        <location filename="../ui/logs/accesslogmodel.cpp" line="+139"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>クライアント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host / SNI</source>
        <translation>ホスト / SNI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes in</source>
        <translation>受信バイト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes out</source>
        <translation>送信バイト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream host</source>
        <translation>上流ホスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route</source>
        <translation>ルート</translation>
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
        <translation>フィルター(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the filter</source>
        <translation>フィルターを編集</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+182"/>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop adding rows; new entries wait and are added on resume</source>
        <translation>行の追加を止めます。新しいエントリは待機し、再開時に追加されます</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>F&amp;ollow</source>
        <translation>追従(&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the newest entry in view (scrolling up turns this off)</source>
        <translation>最新のエントリを常に表示します（上にスクロールするとオフになります）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Go to the &amp;newest entry</source>
        <translation>最新のエントリへ移動(&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+End</source>
        <translation>Ctrl+End</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll to the newest entry and follow new ones</source>
        <translation>最新のエントリまでスクロールし、新しいエントリに追従します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear</source>
        <translation>クリア(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove every entry from the table</source>
        <translation>表からすべてのエントリを削除します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy line</source>
        <translation>行をコピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the selected entries in the active log format</source>
        <translation>選択したエントリを現在のログ形式でコピーします</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the rows that pass the filter as JSON lines, CSV or log text</source>
        <translation>フィルターを通過した行を JSON Lines、CSV、またはログテキストとして保存します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Details</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show every field of the selected entry</source>
        <translation>選択したエントリのすべてのフィールドを表示します</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Col&amp;umns</source>
        <translation>列(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the columns to show</source>
        <translation>表示する列を選択します</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Buffer size…</source>
        <translation>バッファーサイズ(&amp;B)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many entries the table keeps before dropping the oldest</source>
        <translation>最も古いエントリを破棄するまでに表が保持するエントリ数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Trace this request</source>
        <translation>このリクエストをトレース(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain how the route table handles this request</source>
        <translation>ルートテーブルがこのリクエストをどう処理するかを説明します</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+265"/>
        <source>Create &amp;ServiceEntry/VirtualService for this host</source>
        <translation>このホストの ServiceEntry/VirtualService を作成(&amp;S)</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Route this host, which has no route yet</source>
        <translation>まだルートのないこのホストをルーティングします</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Filter: words, status:5xx, host:httpbin.org, flag:NR, method:POST, path:/status, -status:2xx</source>
        <translation>フィルター: 単語、status:5xx、host:httpbin.org、flag:NR、method:POST、path:/status、-status:2xx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Free words must all appear somewhere in the entry. Fields:&lt;br&gt;&lt;b&gt;status:&lt;/b&gt;5xx, 404 or 0 &amp;nbsp; &lt;b&gt;host:&lt;/b&gt;name or *.suffix &amp;nbsp; &lt;b&gt;flag:&lt;/b&gt;NR, UF, none, any&lt;br&gt;&lt;b&gt;method:&lt;/b&gt;POST, TCP, TLS &amp;nbsp; &lt;b&gt;path:&lt;/b&gt;/prefix &amp;nbsp; &lt;b&gt;cluster: route: client: upstream:&lt;/b&gt; contains&lt;/p&gt;&lt;p&gt;The same field twice or a comma list means either (status:4xx,5xx); a leading - excludes (-status:2xx).&lt;/p&gt;</source>
        <translation>&lt;p&gt;自由語はすべてエントリ内のどこかに含まれている必要があります。フィールド:&lt;br&gt;&lt;b&gt;status:&lt;/b&gt;5xx、404、0 &amp;nbsp; &lt;b&gt;host:&lt;/b&gt;名前または *.サフィックス &amp;nbsp; &lt;b&gt;flag:&lt;/b&gt;NR、UF、none、any&lt;br&gt;&lt;b&gt;method:&lt;/b&gt;POST、TCP、TLS &amp;nbsp; &lt;b&gt;path:&lt;/b&gt;/プレフィックス &amp;nbsp; &lt;b&gt;cluster: route: client: upstream:&lt;/b&gt; 部分一致&lt;/p&gt;&lt;p&gt;同じフィールドを 2 回指定するかカンマ区切りで並べると「いずれか」の意味になります（status:4xx,5xx）。先頭の - は除外を表します（-status:2xx）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rows shown / rows the table keeps at most; the oldest are dropped beyond that</source>
        <translation>表示中の行数 / 表が保持する最大行数。超えると最も古い行から破棄されます</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · filtered from %1</source>
        <translation> · %1 件から絞り込み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 dropped</source>
        <translation> · %1 件破棄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · paused, %1 waiting</source>
        <translation> · 一時停止中、%1 件待機</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filter not applied: %1</source>
        <translation>フィルターは適用されていません: %1</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Create &amp;ServiceEntry/VirtualService for %1</source>
        <translation>%1 の ServiceEntry/VirtualService を作成(&amp;S)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Reset columns</source>
        <translation>列をリセット</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, visible columns (*.csv)</source>
        <translation>CSV、表示中の列 (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text in the active log format (*.log *.txt)</source>
        <translation>現在のログ形式のテキスト (*.log *.txt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Export Access Log</source>
        <translation>アクセスログのエクスポート</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Access Log Buffer</source>
        <translation>アクセスログのバッファー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entries to keep (the oldest are dropped):</source>
        <translation>保持するエントリ数（古いものから破棄）:</translation>
    </message>
</context>
<context>
    <name>meshgate::AccessLogWriter</name>
    <message>
        <location filename="../proxycore/log/accesslogwriter.cpp" line="+117"/>
        <source>cannot open access log %1: %2</source>
        <translation>アクセスログ %1 を開けません: %2</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>cannot write access log %1: %2</source>
        <translation>アクセスログ %1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>meshgate::ApplyDialog</name>
    <message>
        <location filename="../ui/apply/applydialog.cpp" line="+120"/>
        <source>Apply configuration</source>
        <translation>設定の適用</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>No changes: the running configuration is the same.</source>
        <translation>変更はありません: 実行中の設定と同じです。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n line(s) added</source>
        <translation>
            <numerusform>%n 行追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n line(s) removed</source>
        <translation>
            <numerusform>%n 行削除</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source> in %1</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>. Listeners and routes change without dropping connections in flight.</source>
        <translation>。リスナーとルートは処理中の接続を切断せずに変更されます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Apply</source>
        <translation>適用(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n field(s) Istio does not know: the engine ignores them, as Istio would if it accepted them (a misspelt match condition matches everything), and a strict API server refuses the resource:</source>
        <translation>
            <numerusform>Istio が認識しないフィールドが %n 個あります。エンジンはそれらを無視します (受け入れた場合の Istio と同じく、綴りを誤った match 条件はすべてに一致します)。厳格な API サーバーはこのリソースを拒否します:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meshgate::DesktopShell</name>
    <message>
        <location filename="../ui/desktop/desktopshell.cpp" line="+58"/>
        <source>Route map</source>
        <translation>ルートマップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route &amp;Map</source>
        <translation>ルートマップ(&amp;M)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Restart Engine</source>
        <translation>エンジンを再起動(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the engine and start it again with the current settings</source>
        <translation>エンジンを停止し、現在の設定で再起動します</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;ngine</source>
        <translation>エンジン(&amp;N)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Access log</source>
        <translation>アクセスログ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic</source>
        <translation>トラフィック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listeners</source>
        <translation>リスナー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route tracer</source>
        <translation>ルートトレーサー</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Access &amp;Log</source>
        <translation>アクセスログ(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Traffic</source>
        <translation>トラフィック(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L&amp;isteners</source>
        <translation>リスナー(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route Tra&amp;cer</source>
        <translation>ルートトレーサー(&amp;C)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Traffic &amp;Beside Access Log</source>
        <translation>トラフィックをアクセスログの横に表示(&amp;B)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The new language applies when Meshgate starts again.</source>
        <translation>新しい言語は Meshgate の次回起動時に適用されます。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restart the engine?</source>
        <translation>エンジンを再起動しますか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The engine runs with the previous settings. Restart it now to use the new ones? Connections in flight are given a few seconds to finish.</source>
        <translation>エンジンは以前の設定で動作しています。新しい設定を使うため、今すぐ再起動しますか？処理中の接続には、完了するまで数秒の猶予が与えられます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The new engine settings apply at the next start.</source>
        <translation>新しいエンジン設定は次回の起動時に適用されます。</translation>
    </message>
</context>
<context>
    <name>meshgate::DestinationRuleForm</name>
    <message>
        <location filename="../ui/editors/destinationruleform.cpp" line="+90"/>
        <source>default: the request&apos;s host</source>
        <translation>既定: リクエストのホスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default: the system store</source>
        <translation>既定: システムの証明書ストア</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>for MUTUAL</source>
        <translation>MUTUAL 用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>names the server certificate must carry</source>
        <translation>サーバー証明書に含まれている必要がある名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip certificate verification (insecure)</source>
        <translation>証明書の検証をスキップする（安全ではありません）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>unlimited</source>
        <translation>無制限</translation>
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
        <translation>名前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Own policy</source>
        <translation>個別ポリシー</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+75"/>
        <source>Add subset</source>
        <translation>サブセットを追加</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>The service this rule applies to, usually a ServiceEntry host</source>
        <translation>このルールを適用するサービス（通常は ServiceEntry のホスト）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(default: LEAST_REQUEST)</source>
        <translation>（既定: LEAST_REQUEST）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none: plain connection)</source>
        <translation>（なし: 平文接続）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SIMPLE originates TLS to the upstream; MUTUAL also presents a client certificate</source>
        <translation>SIMPLE は上流への TLS を開始します。MUTUAL はさらにクライアント証明書を提示します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint labels, key=value separated by commas</source>
        <translation>エンドポイントのラベル（key=value、カンマ区切り）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upstream TLS</source>
        <translation>上流 TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mode</source>
        <translation>モード(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SN&amp;I</source>
        <translation>SNI(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificates</source>
        <translation>CA 証明書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate</source>
        <translation>クライアント証明書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private key</source>
        <translation>秘密鍵</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject alt names</source>
        <translation>サブジェクト代替名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection pool</source>
        <translation>接続プール</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max connections</source>
        <translation>最大接続数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect timeout</source>
        <translation>接続タイムアウト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max requests per connection</source>
        <translation>接続あたりの最大リクエスト数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max pending requests</source>
        <translation>最大保留リクエスト数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle timeout</source>
        <translation>アイドルタイムアウト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outlier detection</source>
        <translation>外れ値検出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consecutive 5xx errors</source>
        <translation>連続 5xx エラー数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interval</source>
        <translation>間隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base ejection time</source>
        <translation>基本排除時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max ejection %</source>
        <translation>最大排除率 %</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ho&amp;st</source>
        <translation>ホスト(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Load balancer</source>
        <translation>ロードバランサー(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subsets</source>
        <translation>サブセット</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove subset</source>
        <translation>サブセットを削除</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>yes (edit in YAML)</source>
        <translation>あり（YAML で編集）</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Edit DestinationRule %1</source>
        <translation>DestinationRule %1 の編集</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit subset %1</source>
        <translation>サブセット %1 の編集</translation>
    </message>
</context>
<context>
    <name>meshgate::DocumentController</name>
    <message>
        <location filename="../ui/documentcontroller.cpp" line="+68"/>
        <source>Reloaded %1: it was changed on disk</source>
        <translation>%1 を再読み込みしました: ディスク上で変更されました</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was changed on disk; your unsaved edits are kept, and Save will ask before replacing that version</source>
        <translation>%1 はディスク上で変更されました。保存されていない編集は保持され、保存時にはその版を置き換える前に確認します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was changed on disk and does not load; the workspace is as it was (see Problems)</source>
        <translation>%1 はディスク上で変更されましたが読み込めません。ワークスペースは元のままです（問題パネルを参照）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;New Workspace</source>
        <translation>新しいワークスペース(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open E&amp;xample</source>
        <translation>サンプルを開く(&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from &amp;Clipboard</source>
        <translation>クリップボードからインポート(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent &amp;Files</source>
        <translation>最近使ったファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import YAML copied from documentation; a surrounding &quot;kubectl apply -f - &lt;&lt;EOF&quot; … &quot;EOF&quot; is removed</source>
        <translation>ドキュメントからコピーした YAML をインポートします。前後の &quot;kubectl apply -f - &lt;&lt;EOF&quot; … &quot;EOF&quot; は取り除かれます</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open Workspace</source>
        <translation>ワークスペースを開く</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import Resources</source>
        <translation>リソースのインポート</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import from Clipboard</source>
        <translation>クリップボードからインポート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The clipboard holds no text.</source>
        <translation>クリップボードにテキストがありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>clipboard</source>
        <translation>クリップボード</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open Recent</source>
        <translation>最近使ったファイルを開く</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 no longer exists.</source>
        <translation>%1 はもう存在しません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Clear Recent Files</source>
        <translation>最近使ったファイルの一覧を消去(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>… and %n more (see Problems)</source>
        <translation>
            <numerusform>…ほか %n 件（[問題] を参照）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+7"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Could not open %1. The current workspace was kept.</source>
        <translation>%1 を開けませんでした。現在のワークスペースはそのまま残しています。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Opened %1: %n resource(s)</source>
        <translation>
            <numerusform>%1 を開きました: リソース %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some documents were not understood; they are kept as written and shown in Problems.</source>
        <translation>一部のドキュメントを解釈できませんでした。書かれたとおりに保持され、[問題] に表示されます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Example</source>
        <translation>サンプルを開く</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The example is not part of this build.</source>
        <translation>このビルドにはサンプルが含まれていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Example</source>
        <translation>サンプル</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+23"/>
        <location line="+22"/>
        <location line="+7"/>
        <location line="+3"/>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message numerus="yes">
        <location line="-54"/>
        <source>Add the imported resources to the %n resource(s) in this workspace, or replace them?</source>
        <translation>
            <numerusform>インポートしたリソースを、このワークスペースにある %n 件のリソースに追加しますか、それとも置き換えますか？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Either way, Undo takes the import back in one step.</source>
        <translation>どちらの場合も、[元に戻す] でインポートを一度に取り消せます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add (merge)</source>
        <translation>追加（マージ）(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace</source>
        <translation>置き換え(&amp;R)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 already exists in this workspace.</source>
        <translation>%1 はこのワークスペースにすでに存在します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replace It</source>
        <translation>置き換える(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep Both</source>
        <translation>両方残す(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip</source>
        <translation>スキップ(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do this for the remaining clashes</source>
        <translation>残りの競合にも同じ操作を適用する</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was imported from %1: it is not valid YAML.</source>
        <translation>%1 からは何もインポートされませんでした: 有効な YAML ではありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n added</source>
        <translation>
            <numerusform>%n 件追加</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>%n 件置換</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n 件スキップ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported from %1 (%2), but some documents were left out.</source>
        <translation>%1 からインポートしました（%2）が、一部のドキュメントは除外されました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds no Istio networking resources.</source>
        <translation>%1 には Istio のネットワークリソースがありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported from %1: %2</source>
        <translation>%1 からインポートしました: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 個のファイル</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+21"/>
        <location line="+12"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>The YAML of %1 has changes that do not parse. Save writes the last valid version of it.</source>
        <translation>%1 の YAML に解析できない変更があります。保存すると最後の有効なバージョンが書き込まれます。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 was changed on disk by another program since it was opened or last saved here. Saving replaces those changes with this workspace (the version on disk is kept as a .bak file).</source>
        <translation>%1 は、ここで開いた、または最後に保存した後に別のプログラムによってディスク上で変更されました。保存すると、その変更はこのワークスペースで置き換えられます（ディスク上の版は .bak ファイルとして残ります）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file on disk was not changed.</source>
        <translation>ディスク上のファイルは変更されていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1 (previous version kept as %2)</source>
        <translation>%1 を保存しました（以前のバージョンは %2 として保持）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save Workspace As</source>
        <translation>ワークスペースに名前を付けて保存</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save As</source>
        <translation>名前を付けて保存</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The YAML of %1 has changes that do not parse. Save writes the last valid version; Save and Discard both lose the text typed since. Cancel to fix it.</source>
        <translation>%1 の YAML に解析できない変更があります。保存すると最後の有効な版が書き込まれます。保存しても破棄しても、それ以降に入力したテキストは失われます。修正するにはキャンセルしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsaved Changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 には保存されていない変更があります。</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+20"/>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>There is nothing to export yet.</source>
        <translation>エクスポートするものはまだありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Copied %n resource(s) to the clipboard</source>
        <translation>
            <numerusform>%n 件のリソースをクリップボードにコピーしました</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export To</source>
        <translation>エクスポート先</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n resource(s) to %1</source>
        <translation>
            <numerusform>%n 件のリソースを %1 にエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Another Meshgate is running: unsaved edits in this window are not kept for crash recovery.</source>
        <translation>別の Meshgate が実行中です: このウィンドウの未保存の変更はクラッシュ復旧用に保存されません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore Unsaved Changes</source>
        <translation>未保存の変更の復元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meshgate ended without saving the changes to %1 (last recorded %2). Restore them?</source>
        <translation>Meshgate は %1 への変更を保存せずに終了しました（最終記録: %2）。復元しますか？</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>recovered changes</source>
        <translation>復元した変更</translation>
    </message>
</context>
<context>
    <name>meshgate::EngineController</name>
    <message>
        <location filename="../ui/apply/enginecontroller.cpp" line="+22"/>
        <source>&amp;Start Engine</source>
        <translation>エンジンを起動(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top Engine</source>
        <translation>エンジンを停止(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply…</source>
        <translation>適用(&amp;A)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the listeners of the workspace&apos;s Gateways (Ctrl+F5)</source>
        <translation>ワークスペースの Gateway のリスナーを開きます（Ctrl+F5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close all listeners after in-flight requests finish (Shift+F5)</source>
        <translation>処理中のリクエストが完了した後、すべてのリスナーを閉じます（Shift+F5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what changes, then hot-reload the running engine (F5)</source>
        <translation>変更内容を表示してから、実行中のエンジンをホットリロードします（F5）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not started: the workspace has errors (see Problems).</source>
        <translation>起動しませんでした: ワークスペースにエラーがあります（[問題] を参照）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The engine could not start: the configuration was refused.</source>
        <translation>エンジンを起動できませんでした: 設定が拒否されました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Engine started.</source>
        <translation>エンジンを起動しました。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Engine started, but %n listener(s) could not open (see Listeners).</source>
        <translation>
            <numerusform>エンジンは起動しましたが、%n 個のリスナーを開けませんでした (リスナーを参照)。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Engine stopped.</source>
        <translation>エンジンを停止しました。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not applied: fix the errors in Problems first; the running configuration stays.</source>
        <translation>適用されませんでした: 先に [問題] のエラーを修正してください。実行中の設定は維持されます。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not applied: %1. The running configuration stays.</source>
        <translation>適用されませんでした: %1。実行中の構成はそのままです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applied: the engine refused the configuration; the running one stays.</source>
        <translation>適用されませんでした: エンジンが設定を拒否しました。実行中の設定は維持されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Configuration applied (generation %1).</source>
        <translation>設定を適用しました（世代 %1）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The configuration was not applied. The running configuration stays.</source>
        <translation>構成は適用されませんでした。実行中の構成はそのまま残ります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>

Free the port or choose another one (the Gateway&apos;s port, --port-offset, --mesh-port or --admin-port), then Apply again.</source>
        <translation>

ポートを解放するか、別のポート (ゲートウェイのポート、--port-offset、--mesh-port、--admin-port) を選んでから、もう一度適用してください。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>running %1</source>
        <translation>実行中 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>running %1 · not listening on %2</source>
        <translation>実行中 %1 · %2 で待ち受けていません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>modified (Apply to use it)</source>
        <translation>変更あり（使うには [適用]）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>errors (still running the last applied configuration)</source>
        <translation>エラーあり（最後に適用した設定で実行中）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>errors</source>
        <translation>エラーあり</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stopping…</source>
        <translation>停止中…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
</context>
<context>
    <name>meshgate::ExportDialog</name>
    <message>
        <location filename="../ui/common/exportdialog.cpp" line="+30"/>
        <source>Export Resources</source>
        <translation>リソースのエクスポート</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep each resource&apos;s apiVersion</source>
        <translation>各リソースの apiVersion を維持する</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>v1 needs Istio 1.22 or later; v1beta1 works from 1.5; v1alpha3 everywhere</source>
        <translation>v1 には Istio 1.22 以降が必要です。v1beta1 は 1.5 以降で動作し、v1alpha3 はどこでも動作します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;None</source>
        <translation>選択解除(&amp;N)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Save to File…</source>
        <translation>ファイルに保存(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy to Clipboard</source>
        <translation>クリップボードにコピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API &amp;version</source>
        <translation>API バージョン(&amp;V)</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n resource(s) selected</source>
        <translation>
            <numerusform>%n 件のリソースを選択</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n field(s) Istio does not know are exported as written; an API server with strict field validation refuses such a resource. Fix them in the YAML tab, or export anyway:</source>
        <translation>
            <numerusform>Istio が知らないフィールド %n 個はそのままエクスポートされます。厳密なフィールド検証を行う API サーバーはそのようなリソースを拒否します。YAML タブで修正するか、このままエクスポートしてください:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n error(s) in Problems belong to these resources and are exported as they are:</source>
        <translation>
            <numerusform>Problems の %n 件のエラーがこれらのリソースに属し、そのままエクスポートされます:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… ほか %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meshgate::GatewayForm</name>
    <message>
        <location filename="../ui/editors/gatewayform.cpp" line="+40"/>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port name</source>
        <translation>ポート名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TLS mode</source>
        <translation>TLS モード</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hosts</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bind</source>
        <translation>バインドアドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private key</source>
        <translation>秘密鍵</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credential</source>
        <translation>資格情報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add server</source>
        <translation>server を追加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>istio=ingressgateway</source>
        <translation>istio=ingressgateway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels of the gateway workload, as key=value separated by commas</source>
        <translation>ゲートウェイのワークロードのラベル（key=value、カンマ区切り）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hosts this server exposes, separated by commas (&quot;*&quot; for all; &quot;ns/host&quot; to limit namespaces)</source>
        <translation>この server が公開するホスト（カンマ区切り。&quot;*&quot; ですべて、&quot;ns/host&quot; で名前空間を限定）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server certificate file (PEM), for TLS mode SIMPLE or MUTUAL</source>
        <translation>サーバー証明書ファイル（PEM）。TLS モード SIMPLE または MUTUAL で使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private key file (PEM), for TLS mode SIMPLE or MUTUAL</source>
        <translation>秘密鍵ファイル（PEM）。TLS モード SIMPLE または MUTUAL で使用</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each server opens a listener on its port. PASSTHROUGH forwards TLS untouched by SNI; SIMPLE terminates TLS with the certificate and key.</source>
        <translation>各 server はそれぞれのポートでリスナーを開きます。PASSTHROUGH は TLS をそのまま SNI に基づいて転送し、SIMPLE は証明書と鍵で TLS を終端します。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Selector</source>
        <translation>セレクター(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Servers</source>
        <translation>server 一覧</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>port %1 not at all (%2)</source>
        <translation>ポート %1 は提供されません (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>port %1 nowhere (the port offset makes it %2)</source>
        <translation>ポート %1 は使われません (ポートオフセットにより %2 になります)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>port %1 not at all (%2 already serves port %3; change a port or the port offset)</source>
        <translation>ポート %1 は提供されません (%2 は既にポート %3 を提供しています。ポートかポートオフセットを変更してください)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>port %1 as %2 not at all (%3 already serves another protocol or TLS mode)</source>
        <translation>%2 としてのポート %1 は提供されません (%3 は既に別のプロトコルまたは TLS モードを提供しています)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>port %1 at %2</source>
        <translation>ポート %1 は %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On this machine the engine serves %1. The port offset and the address come from Edit ▸ Preferences or the command line.</source>
        <translation>このマシンでは、エンジンは %1 で待ち受けます。ポートオフセットとアドレスは 編集 ▸ 設定 またはコマンドラインで指定します。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Edit Gateway selector</source>
        <translation>Gateway セレクターの編集</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Edit Gateway server %1</source>
        <translation>Gateway server %1 の編集</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add Gateway server</source>
        <translation>Gateway server の追加</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove Gateway server %1</source>
        <translation>Gateway server %1 の削除</translation>
    </message>
</context>
<context>
    <name>meshgate::HttpRouteEditor</name>
    <message>
        <location filename="../ui/editors/httprouteeditor.cpp" line="+53"/>
        <source>URI match</source>
        <translation>URI マッチ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Headers</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Gateways</source>
        <translation>Gateways</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add match</source>
        <translation>マッチを追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subset</source>
        <translation>サブセット</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add destination</source>
        <translation>宛先を追加</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional; shows in access logs</source>
        <translation>省略可。アクセスログに表示されます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 5s; default: none</source>
        <translation>例: 5s。既定: なし</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many times a failed request is tried again. 0 turns retries off.</source>
        <translation>失敗したリクエストをもう一度試す回数。0 でリトライを無効にします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2s; default: the route timeout</source>
        <translation>例: 2s。既定: ルートのタイムアウト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time each attempt may take, the first one included</source>
        <translation>各試行にかけられる時間（最初の試行を含む）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 5xx,reset,connect-failure,gateway-error</source>
        <translation>例: 5xx,reset,connect-failure,gateway-error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions that retry a request, separated by commas: 5xx, gateway-error, reset, reset-before-request, connect-failure, refused-stream, retriable-4xx, retriable-status-codes, or status codes such as 503.
Empty: connect-failure,refused-stream,unavailable,cancelled,retriable-status-codes (with 503).</source>
        <translation>リクエストをリトライする条件（カンマ区切り）: 5xx、gateway-error、reset、reset-before-request、connect-failure、refused-stream、retriable-4xx、retriable-status-codes、または 503 などのステータスコード。
空の場合: connect-failure,refused-stream,unavailable,cancelled,retriable-status-codes（503 を含む）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only requests arriving through these gateways (&quot;mesh&quot; for sidecars), separated by commas</source>
        <translation>これらの gateway を経由して届くリクエストのみ（サイドカーは &quot;mesh&quot;）。カンマ区切り</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Route &amp;name</source>
        <translation>ルート名(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeout</source>
        <translation>タイムアウト(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry atte&amp;mpts</source>
        <translation>リトライ回数(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Per-try timeout</source>
        <translation>試行ごとのタイムアウト(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry on</source>
        <translation>リトライ条件(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match any of</source>
        <translation>次のいずれかに一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destinations</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add match to route %1</source>
        <translation>ルート %1 にマッチを追加</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove match from route %1</source>
        <translation>ルート %1 からマッチを削除</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove destination from route %1</source>
        <translation>ルート %1 から宛先を削除</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>not set: no retries</source>
        <translation>未設定: リトライなし</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Istio&apos;s default: 2</source>
        <translation>Istio の既定: 2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Also set on this route (edit in the YAML tab): %1</source>
        <translation>このルートで他に設定されている項目（YAML タブで編集）: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit route %1</source>
        <translation>ルート %1 の編集</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit retries of route %1</source>
        <translation>ルート %1 のリトライの編集</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Edit match %1 of route %2</source>
        <translation>ルート %2 のマッチ %1 の編集</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit destination %1 of route %2</source>
        <translation>ルート %2 の宛先 %1 の編集</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add destination to route %1</source>
        <translation>ルート %1 に宛先を追加</translation>
    </message>
</context>
<context>
    <name>meshgate::ListenersModel</name>
    <message>
        <location filename="../ui/engine/listenersmodel.cpp" line="+51"/>
        <source>listening</source>
        <translation>待ち受け中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>mesh (forward proxy)</source>
        <translation>mesh（フォワードプロキシ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admin endpoint: /stats/prometheus, /config_dump, /clusters, /ready</source>
        <translation>管理エンドポイント: /stats/prometheus, /config_dump, /clusters, /ready</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Gateway port %1 listens on local port %2 (port offset)</source>
        <translation>Gateway ポート %1 はローカルポート %2 で待ち受けています（ポートオフセット）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Listening on</source>
        <translation>待ち受けアドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateway port</source>
        <translation>Gateway ポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateways</source>
        <translation>Gateways</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections</source>
        <translation>接続数</translation>
    </message>
</context>
<context>
    <name>meshgate::ListenersPanel</name>
    <message>
        <location filename="../ui/engine/listenerspanel.cpp" line="+21"/>
        <source>&amp;Copy address</source>
        <translation>アドレスをコピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trace a request on this port</source>
        <translation>このポートでリクエストをトレース(&amp;T)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Not listening: no configuration applied, or no Gateway server Meshgate can serve.</source>
        <translation>待ち受けていません: 設定が適用されていないか、Meshgate が提供できる Gateway の server がありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n port(s) listening.</source>
        <translation>
            <numerusform>%n 個のポートで待ち受け中です。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 listening, %2 failed: a port that is in use or needs privileges stays closed until the next apply.</source>
        <translation>待ち受け中 %1、失敗 %2: 使用中のポートや特権が必要なポートは、次に適用するまで閉じたままです。</translation>
    </message>
</context>
<context>
    <name>meshgate::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+117"/>
        <source>Resources</source>
        <translation>リソース</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+343"/>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Undo %1</source>
        <translation>元に戻す(&amp;U): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>やり直し(&amp;R): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Find Resource</source>
        <translation>リソースを検索(&amp;F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Form</source>
        <translation>フォーム(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;YAML</source>
        <translation>YAML(&amp;Y)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;sources</source>
        <translation>リソース(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;anels</source>
        <translation>パネル(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show or hide the panels below the editor</source>
        <translation>エディタの下のパネルを表示または非表示にします</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Problems</source>
        <translation>問題(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Problem</source>
        <translation>次の問題(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;revious Problem</source>
        <translation>前の問題(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Meshgate</source>
        <translation>Meshgate について(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Meshgate</source>
        <translation>Meshgate について</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Meshgate %1&lt;/h3&gt;&lt;p&gt;Makes this computer behave like an Istio ingress gateway: Gateway, ServiceEntry, DestinationRule and VirtualService YAML drive a local proxy.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Meshgate %1&lt;/h3&gt;&lt;p&gt;このコンピューターを Istio のイングレスゲートウェイとして動作させます。Gateway、ServiceEntry、DestinationRule、VirtualService の YAML でローカルプロキシを制御します。&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>This problem is about a file, not a resource in the workspace</source>
        <translation>この問題はワークスペース内のリソースではなく、ファイルに関するものです</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Meshgate — %1 ● modified</source>
        <translation>Meshgate — %1 ● 変更あり</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meshgate — %1</source>
        <translation>Meshgate — %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unsaved</source>
        <translation>未保存</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems (%1)</source>
        <translation>問題 (%1)</translation>
    </message>
</context>
<context>
    <name>meshgate::ProblemsModel</name>
    <message>
        <location filename="../ui/editors/problemsmodel.cpp" line="+44"/>
        <source>YAML tab (not parsed yet) %1:%2</source>
        <translation>YAML タブ（未解析）%1:%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resource</source>
        <translation>リソース</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>場所</translation>
    </message>
</context>
<context>
    <name>meshgate::ResourceEditor</name>
    <message>
        <location filename="../ui/editors/resourceeditor.cpp" line="+56"/>
        <source>Discard YAML changes</source>
        <translation>YAML の変更を破棄</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;h3&gt;No resource selected&lt;/h3&gt;&lt;p&gt;Pick a resource on the left, or open a file (Ctrl+O), import YAML (Ctrl+I), paste it from the clipboard (Ctrl+Shift+V) or add a resource from the Edit menu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;リソースが選択されていません&lt;/h3&gt;&lt;p&gt;左側でリソースを選ぶか、ファイルを開く（Ctrl+O）、YAML をインポートする（Ctrl+I）、クリップボードから貼り付ける（Ctrl+Shift+V）、または [編集] メニューからリソースを追加してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>F&amp;orm</source>
        <translation>フォーム(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+402"/>
        <source>&amp;YAML</source>
        <translation>YAML(&amp;Y)</translation>
    </message>
    <message>
        <location line="-334"/>
        <source>metadata.name; renaming a Gateway also updates the VirtualServices that use it</source>
        <translation>metadata.name。Gateway の名前を変更すると、それを使う VirtualService も更新されます</translation>
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
        <translation>名前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Namespace</source>
        <translation>名前空間</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Show YAML</source>
        <translation>YAML を表示</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>YAML of %1 that does not parse</source>
        <translation>%1 の解析できない YAML</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>typing in the YAML of %1</source>
        <translation>%1 の YAML への入力</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The YAML tab has changes that do not parse yet%1. The form shows the last valid version and is locked until the YAML is fixed or its changes are discarded.</source>
        <translation>YAML タブに、まだ解析できない変更があります%1。フォームには最後の有効なバージョンが表示され、YAML を修正するか変更を破棄するまでロックされます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This resource&apos;s YAML has errors the form cannot show%1; editing the form would drop that part. Fix it in the YAML tab.</source>
        <translation>このリソースの YAML にはフォームで表示できないエラーがあります%1。フォームで編集するとその部分は失われます。YAML タブで修正してください。</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+2"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;YAML (%1)</source>
        <translation>YAML(&amp;Y) (%1)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Rename</source>
        <translation>名前の変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a %1 named &quot;%2&quot;.</source>
        <translation>&quot;%2&quot; という名前の %1 はすでに存在します。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move %1 to namespace %2</source>
        <translation>%1 を名前空間 %2 に移動</translation>
    </message>
</context>
<context>
    <name>meshgate::ResourceNavigator</name>
    <message>
        <location filename="../ui/editors/resourcenavigator.cpp" line="+94"/>
        <source>Filter resources</source>
        <translation>リソースを絞り込み</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Add Resource</source>
        <translation>リソースを追加(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;%1</source>
        <translation>&amp;%1 を追加</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dupl&amp;icate Resource</source>
        <translation>リソースを複製(&amp;I)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Delete Resource</source>
        <translation>リソースを削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;name Resource</source>
        <translation>リソースの名前を変更(&amp;N)</translation>
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
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The YAML tab has an edit that does not parse yet</source>
        <translation>YAML タブに、まだ解析できない編集があります</translation>
    </message>
</context>
<context>
    <name>meshgate::RouteMapPanel</name>
    <message>
        <location filename="../ui/routemap/routemappanel.cpp" line="+31"/>
        <source>Click a box to open its resource. Drag to pan, Ctrl+wheel to zoom.</source>
        <translation>ボックスをクリックすると、そのリソースを開きます。ドラッグで移動、Ctrl+ホイールでズームします。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit</source>
        <translation>全体を表示(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shrink the map to fit the panel</source>
        <translation>パネルに収まるようにマップを縮小します</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>The workspace has errors (see Problems): showing the last valid configuration.</source>
        <translation>ワークスペースにエラーがあります（[問題] を参照）。最後に有効だった設定を表示しています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing listens: add a Gateway with a server, or set a mesh port in Settings.</source>
        <translation>待ち受けているものがありません。server を持つ Gateway を追加するか、[設定] で mesh ポートを設定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running configuration (generation %1). Edges show the requests counted since it was applied and the requests per second, updated every second.</source>
        <translation>実行中の設定（世代 %1）。エッジには、適用後に数えたリクエスト数と 1 秒あたりのリクエスト数が表示され、毎秒更新されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspace&apos;s configuration; the engine is stopped, so there is no traffic to show.</source>
        <translation>ワークスペースの設定です。エンジンが停止しているため、表示するトラフィックはありません。</translation>
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
        <translation>リスナー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Virtual hosts</source>
        <translation>仮想ホスト</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Routes</source>
        <translation>ルート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destinations</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Endpoints</source>
        <translation>エンドポイント</translation>
    </message>
</context>
<context>
    <name>meshgate::RouteTracerPanel</name>
    <message>
        <location filename="../ui/engine/routetracerpanel.cpp" line="+61"/>
        <source>GET http://httpbin.org/status/418 gateway=proxy port=80   or   TLS edition.cnn.com gateway=proxy port=443</source>
        <translation>GET http://httpbin.org/status/418 gateway=proxy port=80   または   TLS edition.cnn.com gateway=proxy port=443</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;A request in one line: METHOD URL-or-path, then gateway=NAME (or mesh), port=N, host=, sni=, scheme= and header:NAME=VALUE. &lt;b&gt;TLS&lt;/b&gt; name describes a TLS connection.&lt;/p&gt;</source>
        <translation>&lt;p&gt;リクエストを 1 行で記述します: METHOD URL またはパス、続けて gateway=NAME（または mesh）、port=N、host=、sni=、scheme=、header:NAME=VALUE。&lt;b&gt;TLS&lt;/b&gt; 名前 で TLS 接続を表します。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trace</source>
        <translation>トレース(&amp;T)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>HTTP request</source>
        <translation>HTTP リクエスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS connection (SNI)</source>
        <translation>TLS 接続（SNI）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>one header per line, e.g. x-user: alice</source>
        <translation>1 行に 1 つのヘッダー（例: x-user: alice）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+184"/>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>P&amp;ath:</source>
        <translation>パス(&amp;A):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re&amp;quest:</source>
        <translation>リクエスト(&amp;Q):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Gateway:</source>
        <translation>Gateway(&amp;G):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;ort:</source>
        <translation>ポート(&amp;O):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Method:</source>
        <translation>メソッド(&amp;M):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;cheme:</source>
        <translation>スキーム(&amp;C):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>H&amp;eaders:</source>
        <translation>ヘッダー(&amp;E):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Considered</source>
        <translation>検討した項目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trace</source>
        <translation>トレース</translation>
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
        <translation>説明をコピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the request line</source>
        <translation>リクエスト行を編集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>ports %1</source>
        <translation>ポート %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the mesh forward proxy</source>
        <translation>mesh フォワードプロキシ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;SNI:</source>
        <translation>SNI(&amp;S):</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Cannot trace: %1</source>
        <translation>トレースできません: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No configuration applied yet: apply one to trace requests against it.</source>
        <translation>まだ設定が適用されていません。リクエストをトレースするには設定を適用してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the SNI name, or a whole request line, to see how the connection is routed.</source>
        <translation>接続がどのようにルーティングされるかを確認するには、SNI 名またはリクエスト行全体を入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a host, or a whole request line, to see how the request is routed.</source>
        <translation>リクエストがどのようにルーティングされるかを確認するには、ホストまたはリクエスト行全体を入力してください。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Forwarded %1</source>
        <translation>転送 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not forwarded: %1</source>
        <translation>転送されません: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not answered</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>判定</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>forwarded</source>
        <translation>転送</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>answered locally</source>
        <translation>ローカルで応答</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>response flags</source>
        <translation>レスポンスフラグ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>listener</source>
        <translation>リスナー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>virtual host</source>
        <translation>仮想ホスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>route</source>
        <translation>ルート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n considered</source>
        <translation>
            <numerusform>%n 件を検討</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meshgate::ServiceEntryForm</name>
    <message>
        <location filename="../ui/editors/serviceentryform.cpp" line="+51"/>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target port</source>
        <translation>ターゲットポート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add port</source>
        <translation>ポートを追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+36"/>
        <source>Ports</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Labels</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Locality</source>
        <translation>ローカリティ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add endpoint</source>
        <translation>エンドポイントを追加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>api.example.com, *.example.org</source>
        <translation>api.example.com, *.example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host names this entry adds to the registry, separated by commas</source>
        <translation>このエントリがレジストリに追加するホスト名（カンマ区切り）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional virtual IPs or CIDRs</source>
        <translation>仮想 IP または CIDR（省略可）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(default: NONE)</source>
        <translation>（既定: NONE）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NONE: connect to the address the client asked for; STATIC: the endpoints&apos; IPs; DNS: resolve the host (or endpoint names) and balance over all answers; DNS_ROUND_ROBIN: use the first answer per connection</source>
        <translation>NONE: クライアントが要求したアドレスに接続。STATIC: エンドポイントの IP を使用。DNS: ホスト（またはエンドポイント名）を解決し、すべての応答に分散。DNS_ROUND_ROBIN: 接続ごとに最初の応答を使用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(default: MESH_EXTERNAL)</source>
        <translation>（既定: MESH_EXTERNAL）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Per-port overrides: portname=number, separated by commas</source>
        <translation>ポートごとの上書き: portname=number（カンマ区切り）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key=value, separated by commas</source>
        <translation>key=value（カンマ区切り）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ho&amp;sts</source>
        <translation>ホスト(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Addresses</source>
        <translation>アドレス(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolution</source>
        <translation>解決方式(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Location</source>
        <translation>場所(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endpoints</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add ServiceEntry port</source>
        <translation>ServiceEntry ポートの追加</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove ServiceEntry port</source>
        <translation>ServiceEntry ポートの削除</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add ServiceEntry endpoint</source>
        <translation>ServiceEntry エンドポイントの追加</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove ServiceEntry endpoint</source>
        <translation>ServiceEntry エンドポイントの削除</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Edit ServiceEntry hosts</source>
        <translation>ServiceEntry ホストの編集</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit ServiceEntry resolution</source>
        <translation>ServiceEntry 解決方式の編集</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Edit ServiceEntry port %1</source>
        <translation>ServiceEntry ポート %1 の編集</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Edit ServiceEntry endpoint %1</source>
        <translation>ServiceEntry エンドポイント %1 の編集</translation>
    </message>
</context>
<context>
    <name>meshgate::SettingsController</name>
    <message>
        <location filename="../ui/settings/settingscontroller.cpp" line="+16"/>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Engine ports, access-log format, theme, language</source>
        <translation>エンジンのポート、アクセスログ形式、テーマ、言語</translation>
    </message>
</context>
<context>
    <name>meshgate::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="+72"/>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Engine</source>
        <translation>エンジン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These settings are saved and used at every start. A flag given on the command line (%1) wins over the saved value for that run only; the saved value is used again at the next start.</source>
        <translation>これらの設定は保存され、起動のたびに使用されます。コマンドラインで指定したフラグ（%1）は、その実行に限り保存された値より優先されます。次回の起動時には再び保存された値が使われます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Engine settings take effect the next time the engine starts; if it is running when you press OK, Meshgate offers to restart it.</source>
        <translation>エンジン設定は、エンジンの次回起動時に有効になります。[OK] を押したときにエンジンが実行中であれば、Meshgate が再起動するかどうかを確認します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address every listener binds to. 0.0.0.0 opens them to the network.</source>
        <translation>すべてのリスナーがバインドするアドレス。0.0.0.0 にするとネットワークに公開されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic (+8000 below port 1024)</source>
        <translation>自動（1024 未満のポートは +8000）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added to every Gateway port: port 80 with offset 8000 listens on 8080.</source>
        <translation>すべての Gateway ポートに加算されます。オフセットが 8000 なら、ポート 80 は 8080 で待ち受けます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The mesh forward proxy (HTTP proxy and CONNECT): what a sidecar would do.</source>
        <translation>mesh フォワードプロキシ（HTTP プロキシと CONNECT）。サイドカーが担う役割です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Envoy-style admin endpoint: /stats/prometheus, /config_dump, /clusters, /ready.</source>
        <translation>Envoy 形式の管理エンドポイント: /stats/prometheus, /config_dump, /clusters, /ready。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One per core (%1)</source>
        <translation>コアごとに 1 つ（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Downstream connections open at once; more are refused until one closes.</source>
        <translation>同時に開けるダウンストリーム接続の数。上限に達すると、いずれかが閉じるまで新しい接続は拒否されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long a client may take to send a request&apos;s headers before it gets 408.</source>
        <translation>クライアントがリクエストヘッダーを送信し終えるまでの制限時間。超えると 408 が返されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None (only the Access log panel)</source>
        <translation>なし（[アクセスログ] パネルのみ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The engine also appends every access-log line to this file, in the format above.</source>
        <translation>エンジンは、すべてのアクセスログ行を上記の形式でこのファイルにも追記します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;rowse…</source>
        <translation>参照(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access-log file</source>
        <translation>アクセスログファイル</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Classic (Envoy default with upstream and downstream addresses)</source>
        <translation>クラシック（アップストリームとダウンストリームのアドレスを含む Envoy の既定形式）</translation>
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
        <translation>カスタム…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How a request to httpbin.org/status/418 is logged in this format</source>
        <translation>httpbin.org/status/418 へのリクエストがこの形式でどのように記録されるか</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>One rule per line, as curl&apos;s --connect-to HOST:PORT:ADDRESS:PORT: the engine opens its upstream connections for HOST:PORT to ADDRESS:PORT instead, with the same Host header and TLS server name. For working offline or against local test servers. An empty HOST or port 0 on the left matches any.</source>
        <translation>1 行に 1 ルール、curl の --connect-to HOST:PORT:ADDRESS:PORT と同じ形式: エンジンは HOST:PORT へのアップストリーム接続を代わりに ADDRESS:PORT へ開きます。Host ヘッダーと TLS サーバー名は変わりません。オフライン作業やローカルのテストサーバー向けです。左側の HOST が空、またはポートが 0 の場合はすべてに一致します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Start the engine when Meshgate opens</source>
        <translation>Meshgate の起動時にエンジンを起動(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Bind address</source>
        <translation>バインドアドレス(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Port offset</source>
        <translation>ポートオフセット(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mesh port</source>
        <translation>mesh ポート(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;dmin port</source>
        <translation>管理ポート(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Workers</source>
        <translation>ワーカースレッド(&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max &amp;connections</source>
        <translation>最大接続数(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request &amp;headers timeout</source>
        <translation>リクエストヘッダーのタイムアウト(&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access-log &amp;format</source>
        <translation>アクセスログ形式(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access-log f&amp;ile</source>
        <translation>アクセスログファイル(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Upstream redirects</source>
        <translation>アップストリームの転送先(&amp;U)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Window</source>
        <translation>ウィンドウ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> rows</source>
        <translation> 行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Access log panel keeps this many of the newest requests; older ones are dropped (the access-log file keeps everything).</source>
        <translation>[アクセスログ] パネルに保持する最新リクエストの件数。それより古いものは破棄されます（アクセスログファイルにはすべて残ります）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closing the window keeps Meshgate running in the system &amp;tray</source>
        <translation>ウィンドウを閉じても Meshgate をシステムトレイで実行し続ける(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This desktop has no system tray.</source>
        <translation>このデスクトップにはシステムトレイがありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The new language applies after Meshgate restarts.</source>
        <translation>新しい言語は Meshgate の再起動後に適用されます。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Access-log &amp;rows kept</source>
        <translation>アクセスログの保持行数(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;heme</source>
        <translation>テーマ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 on the command line wins for this run.</source>
        <translation>この実行では、コマンドラインの %1 が優先されます。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Envoy command operators, e.g. %REQ(:METHOD)% %RESPONSE_CODE% %DURATION%</source>
        <translation>Envoy のコマンド演算子（例: %REQ(:METHOD)% %RESPONSE_CODE% %DURATION%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operators behind this preset; choose Custom… to write your own</source>
        <translation>このプリセットで使われる演算子です。独自の形式を書くには [カスタム…] を選択してください</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Write a format, or choose one of the presets.</source>
        <translation>形式を記述するか、プリセットのいずれかを選択してください。</translation>
    </message>
</context>
<context>
    <name>meshgate::SyntaxFixDialog</name>
    <message>
        <location filename="../ui/editors/syntaxfixdialog.cpp" line="+69"/>
        <source>&amp;Save and Open</source>
        <translation>保存して開く(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix YAML – %1</source>
        <translation>YAML の修正 – %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be opened: its YAML does not parse, or a document names a kind that does not exist. Fix it here; Save and Open writes the file (the current version is kept as %2) and opens it.</source>
        <translation>%1 を開けません: YAML を解析できないか、存在しない kind を指定したドキュメントがあります。ここで修正してください。「保存して開く」でファイルを書き込み（現在の版は %2 として残ります）、開きます。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The YAML parses and every kind exists. Resources are checked once the file is open.</source>
        <translation>YAML は解析でき、すべての kind が存在します。リソースはファイルを開いた後に検査されます。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Line %1, column %2: %3</source>
        <translation>%1 行 %2 列: %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not save %1: %2</source>
        <translation>%1 を保存できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>meshgate::TableEditor</name>
    <message>
        <location filename="../ui/editors/tableeditor.cpp" line="+47"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>meshgate::TlsRouteEditor</name>
    <message>
        <location filename="../ui/editors/tlsrouteeditor.cpp" line="+17"/>
        <source>SNI hosts</source>
        <translation>SNI ホスト</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Gateways</source>
        <translation>Gateways</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add match</source>
        <translation>マッチを追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subset</source>
        <translation>サブセット</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add destination</source>
        <translation>宛先を追加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server names from the TLS ClientHello, separated by commas</source>
        <translation>TLS ClientHello のサーバー名（カンマ区切り）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Match any of</source>
        <translation>次のいずれかに一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destinations</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add match to TLS route %1</source>
        <translation>TLS ルート %1 にマッチを追加</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove match from TLS route %1</source>
        <translation>TLS ルート %1 からマッチを削除</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add destination to TLS route %1</source>
        <translation>TLS ルート %1 に宛先を追加</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove destination from TLS route %1</source>
        <translation>TLS ルート %1 から宛先を削除</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Edit match %1 of TLS route %2</source>
        <translation>TLS ルート %2 のマッチ %1 の編集</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit destination %1 of TLS route %2</source>
        <translation>TLS ルート %2 の宛先 %1 の編集</translation>
    </message>
</context>
<context>
    <name>meshgate::TopTable</name>
    <message>
        <location filename="../ui/charts/toptable.cpp" line="+16"/>
        <source>Requests</source>
        <translation>リクエスト数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>割合</translation>
    </message>
</context>
<context>
    <name>meshgate::TrafficCharts</name>
    <message>
        <location filename="../ui/charts/trafficcharts.cpp" line="+117"/>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route</source>
        <translation>ルート</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Window:</source>
        <translation>期間:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 min</source>
        <translation>1 分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+1</source>
        <translation>Alt+1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 min</source>
        <translation>5 分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+2</source>
        <translation>Alt+2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 h</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+3</source>
        <translation>Alt+3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show the last %1 (%2)</source>
        <translation>直近 %1 を表示（%2）</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>No traffic yet</source>
        <translation>まだトラフィックがありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last second: %1 req/s (4xx %2, 5xx %3) · in %4/s · out %5/s · %6 connections</source>
        <translation>直近 1 秒: %1 req/s（4xx %2、5xx %3）· 受信 %4/s · 送信 %5/s · 接続 %6</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> · p50 %1 ms, p99 %2 ms</source>
        <translation> · p50 %1 ms、p99 %2 ms</translation>
    </message>
</context>
<context>
    <name>meshgate::TrayIcon</name>
    <message>
        <location filename="../ui/desktop/trayicon.cpp" line="+19"/>
        <location line="+10"/>
        <source>&amp;Show Meshgate</source>
        <translation>Meshgate を表示(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Hide Meshgate</source>
        <translation>Meshgate を隠す(&amp;H)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Meshgate is still running</source>
        <translation>Meshgate は実行中です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The engine keeps serving requests. Use the tray icon to show the window or quit.</source>
        <translation>エンジンは引き続きリクエストを処理します。ウィンドウの表示や終了はトレイアイコンから行えます。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Engine stopped</source>
        <translation>エンジン停止中</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Engine running</source>
        <translation>エンジン実行中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Engine running on %1</source>
        <translation>エンジン実行中（ポート %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 requests/s</source>
        <translation>%L1 リクエスト/秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspace has changes that are not applied</source>
        <translation>ワークスペースに未適用の変更があります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspace has errors; the last applied configuration runs</source>
        <translation>ワークスペースにエラーがあります。最後に適用した設定で実行中です</translation>
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
        <translation>これらのルートを適用するホスト（Host ヘッダーまたは SNI、カンマ区切り）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>HTTP routes — the first matching route wins; drag or Alt+Up/Alt+Down to reorder</source>
        <translation>HTTP ルート — 最初に一致したルートが使われます。並べ替えはドラッグまたは Alt+Up/Alt+Down</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TLS routes (by SNI) — the first matching route wins</source>
        <translation>TLS ルート（SNI による）— 最初に一致したルートが使われます</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ho&amp;sts</source>
        <translation>ホスト(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateways</source>
        <translation>Gateways</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Add HTTP route</source>
        <translation>HTTP ルートの追加</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Duplicate HTTP route %1</source>
        <translation>HTTP ルート %1 の複製</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete HTTP route %1</source>
        <translation>HTTP ルート %1 の削除</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add TLS route</source>
        <translation>TLS ルートの追加</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duplicate TLS route %1</source>
        <translation>TLS ルート %1 の複製</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete TLS route %1</source>
        <translation>TLS ルート %1 の削除</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a route at the end</source>
        <translation>末尾にルートを追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the route up: it is tried earlier</source>
        <translation>ルートを上へ移動します: より先に評価されます</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Move Up</source>
        <translation>上へ移動(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the route down: it is tried later</source>
        <translation>ルートを下へ移動します: より後に評価されます</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move Do&amp;wn</source>
        <translation>下へ移動(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate the route</source>
        <translation>ルートを複製</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the route</source>
        <translation>ルートを削除</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Sidecars and the local proxy&apos;s mesh port: traffic that did not come through a Gateway</source>
        <translation>サイドカーとローカルプロキシの mesh ポート: Gateway を経由しないトラフィック</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (missing)</source>
        <translation>%1（見つかりません）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No gateway selected: the routes apply to the mesh (sidecars) only.</source>
        <translation>gateway が選択されていません: ルートは mesh（サイドカー）にのみ適用されます。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>HTTP routes (%1) — the first matching route wins; drag or Alt+Up/Alt+Down to reorder</source>
        <translation>HTTP ルート（%1）— 最初に一致したルートが使われます。並べ替えはドラッグまたは Alt+Up/Alt+Down</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS routes (%1) — by SNI; the first matching route wins</source>
        <translation>TLS ルート（%1）— SNI による。最初に一致したルートが使われます</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n TCP route(s): edit them in the YAML tab</source>
        <translation>
            <numerusform>TCP ルート %n 件: YAML タブで編集してください</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Edit VirtualService hosts</source>
        <translation>VirtualService ホストの編集</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit VirtualService gateways</source>
        <translation>VirtualService gateways の編集</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move HTTP route %1 to position %2</source>
        <translation>HTTP ルート %1 を位置 %2 へ移動</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move TLS route %1 to position %2</source>
        <translation>TLS ルート %1 を位置 %2 へ移動</translation>
    </message>
</context>
<context>
    <name>meshgate::Workspace</name>
    <message>
        <location filename="../ui/common/workspace.cpp" line="+105"/>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+280"/>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Could not save %1: %2</source>
        <translation>%1 を保存できませんでした: %2</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Import %1 (replace)</source>
        <translation>%1 のインポート（置き換え）</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Import %1</source>
        <translation>%1 のインポート</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 個のファイル</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Edit %1 in YAML</source>
        <translation>YAML で %1 を編集</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add %1</source>
        <translation>%1 を追加</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Duplicate %1</source>
        <translation>%1 の複製</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete %1</source>
        <translation>%1 の削除</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n resource(s)</source>
        <translation>
            <numerusform>%n 件のリソースの削除</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Rename %1 to %2</source>
        <translation>%1 の名前を %2 に変更</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move HTTP route %1 to position %2</source>
        <translation>HTTP ルート %1 を位置 %2 へ移動</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move TLS route %1 to position %2</source>
        <translation>TLS ルート %1 を位置 %2 へ移動</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Not opened: %1</source>
        <translation>開かれていません: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not imported: %1</source>
        <translation>インポートされていません: %1</translation>
    </message>
</context>
<context>
    <name>routeutil</name>
    <message>
        <location filename="../ui/editors/routeutil.cpp" line="+38"/>
        <source>every request</source>
        <translation>すべてのリクエスト</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+18"/>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>every connection</source>
        <translation>すべての接続</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>redirect</source>
        <translation>リダイレクト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>direct response %1</source>
        <translation>直接応答 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>(no destination)</source>
        <translation>（宛先なし）</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No destination</source>
        <translation>宛先なし</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All traffic goes to the one destination</source>
        <translation>すべてのトラフィックが唯一の宛先に送られます</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A weight is negative</source>
        <translation>負の重みがあります</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All weights are 0: no traffic can be routed</source>
        <translation>すべての重みが 0 です: トラフィックをルーティングできません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weights sum to 100</source>
        <translation>重みの合計は 100 です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weights sum to %1, not 100: traffic is split in proportion</source>
        <translation>重みの合計は 100 ではなく %1 です: トラフィックは比率に応じて分配されます</translation>
    </message>
</context>
</TS>
