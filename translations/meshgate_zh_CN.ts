<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccessLogExporter</name>
    <message>
        <location filename="../ui/logs/accesslogexporter.cpp" line="+83"/>
        <location line="+37"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1: %2</translation>
    </message>
</context>
<context>
    <name>AccessLogQuery</name>
    <message>
        <location filename="../ui/logs/accesslogquery.cpp" line="+137"/>
        <source>a filter needs a value after the colon</source>
        <translation>过滤条件在冒号后需要一个值</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>status:%1 is not a status; use 2xx … 5xx, a code like 404, or 0</source>
        <translation>status:%1 不是有效的状态；请使用 2xx … 5xx、404 之类的状态码或 0</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>flag:%1 is not a response flag (NR, UF, UH, URX, DC, …, none or any)</source>
        <translation>flag:%1 不是响应标志（NR、UF、UH、URX、DC、…、none 或 any）</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 searched as text (not a filter key; the keys are status, host, flag, method, path, cluster, route, client and upstream)</source>
        <translation>%1 按文本搜索（不是过滤键；可用的键为 status、host、flag、method、path、cluster、route、client 和 upstream）</translation>
    </message>
</context>
<context>
    <name>AdminServer</name>
    <message>
        <location filename="../proxycore/engine/adminserver.cpp" line="+26"/>
        <source>the admin endpoint on a non-loopback address needs --admin-token</source>
        <translation>在非回环地址上开放管理端点需要 --admin-token</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>port %1 in use</source>
        <translation>端口 %1 已被占用</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../ui/settings/appsettings.cpp" line="+124"/>
        <source>Not an IP address; use e.g. 127.0.0.1, 0.0.0.0 or ::1.</source>
        <translation>不是 IP 地址；请使用 127.0.0.1、0.0.0.0 或 ::1 等地址。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port offset must be between 0 and 65535.</source>
        <translation>端口偏移量必须在 0 到 65535 之间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>A port is a number from 1 to 65535 (0 = off).</source>
        <translation>端口须为 1 到 65535 之间的数字（0 = 关闭）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The admin and mesh ports must differ.</source>
        <translation>管理端口和 mesh 端口不能相同。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Between 1 and %1 worker threads (0 = one per core).</source>
        <translation>工作线程数须在 1 到 %1 之间（0 = 每个核心一个）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Between 1 and %L1 connections.</source>
        <translation>连接数须在 1 到 %L1 之间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More than 0 and at most %L1 seconds.</source>
        <translation>须大于 0 秒且不超过 %L1 秒。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The GUI has no standard output to write to; choose a file.</source>
        <translation>图形界面没有可写入的标准输出；请选择一个文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At character %1: %2</source>
        <translation>第 %1 个字符处: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Between %L1 and %L2 rows.</source>
        <translation>行数须在 %L1 到 %L2 之间。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>ClusterBuilder</name>
    <message>
        <location filename="../proxycore/routing/clusterbuilder.cpp" line="+159"/>
        <source>host &quot;%1&quot; is not in the service registry (no ServiceEntry defines it)</source>
        <translation>主机 &quot;%1&quot; 不在服务注册表中（没有 ServiceEntry 定义它）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>port %1 is not a port of ServiceEntry host &quot;%2&quot;</source>
        <translation>端口 %1 不是 ServiceEntry 主机 &quot;%2&quot; 的端口</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>subset &quot;%1&quot; of host &quot;%2&quot; is not defined by any DestinationRule</source>
        <translation>主机 &quot;%2&quot; 的子集 &quot;%1&quot; 未在任何 DestinationRule 中定义</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1: %2 &quot;%3&quot; is not a duration; using the default</source>
        <translation>%1: %2 &quot;%3&quot; 不是有效的时长；将使用默认值</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: loadBalancer PASSTHROUGH needs an original destination; using LEAST_REQUEST</source>
        <translation>%1: loadBalancer PASSTHROUGH 需要原始目标地址；将使用 LEAST_REQUEST</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: consistentHash load balancing is not supported; using %2</source>
        <translation>%1: 不支持 consistentHash 负载均衡；将使用 %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1: tls.credentialName refers to a Kubernetes secret; set clientCertificate/privateKey/caCertificates file paths instead</source>
        <translation>%1: tls.credentialName 引用的是 Kubernetes Secret；请改为设置 clientCertificate/privateKey/caCertificates 文件路径</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: tls mode ISTIO_MUTUAL needs mesh certificates; Meshgate has none</source>
        <translation>%1: TLS 模式 ISTIO_MUTUAL 需要 mesh 证书；Meshgate 没有这些证书</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="+36"/>
        <source>Meshgate: an Istio-style ingress gateway and proxy manager for your desktop.</source>
        <translation>Meshgate：桌面上的 Istio 风格入口网关与代理管理器。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load Istio resources from FILE (repeatable).</source>
        <translation>从 FILE 加载 Istio 资源（可重复指定）。</translation>
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
        <translation>在无窗口模式下运行代理引擎。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the configuration, print FILE:LINE:COL diagnostics and exit.</source>
        <translation>检查配置，以 FILE:LINE:COL 格式输出诊断信息后退出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the configuration as kubectl-ready YAML to FILE (&apos;-&apos; = stdout).</source>
        <translation>将配置以可直接用于 kubectl 的 YAML 写入 FILE（&apos;-&apos; = 标准输出）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>apiVersion for --export: v1, v1beta1, v1alpha3 or keep (default).</source>
        <translation>--export 使用的 apiVersion：v1、v1beta1、v1alpha3 或 keep（默认）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explain how a request is routed, e.g. &quot;GET http://httpbin.org/status/418 gateway=proxy port=80 header:x-canary=yes&quot; or &quot;TLS edition.cnn.com gateway=proxy&quot;, and exit. Without port=, the URL&apos;s or the gateway&apos;s only port of that kind.</source>
        <translation>解释请求如何被路由并退出，例如 &quot;GET http://httpbin.org/status/418 gateway=proxy port=80 header:x-canary=yes&quot; 或 &quot;TLS edition.cnn.com gateway=proxy&quot;。未给出 port= 时，使用 URL 中的端口或网关唯一的同类端口。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>REQUEST</source>
        <translation>REQUEST</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address the listeners bind to (default 127.0.0.1).</source>
        <translation>监听器绑定的地址（默认 127.0.0.1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added to every Gateway port (default: 8000 below 1024, else 0).</source>
        <translation>加到每个 Gateway 端口上的偏移量（默认：低于 1024 时为 8000，否则为 0）。</translation>
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
        <translation>mesh 转发代理的端口（默认 15001，0 = 关闭）。</translation>
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
        <translation>允许非回环客户端使用 mesh 转发代理。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port of the admin endpoint (default 15000, 0 = off).</source>
        <translation>管理端点的端口（默认 15000，0 = 关闭）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bearer token the admin endpoint requires when bound to a non-loopback address.</source>
        <translation>管理端点绑定到非回环地址时要求的 Bearer 令牌。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to ADDR:PORT instead of HOST:PORT (curl semantics, repeatable).</source>
        <translation>连接到 ADDR:PORT 而不是 HOST:PORT（与 curl 语义相同，可重复指定）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HOST:PORT:ADDR:PORT</source>
        <translation>HOST:PORT:ADDR:PORT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the access log to FILE (&apos;-&apos; = stdout, the default when headless).</source>
        <translation>将访问日志写入 FILE（&apos;-&apos; = 标准输出，无窗口模式下的默认值）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>classic (default), istio, envoy, json, or Envoy %OPERATORS%.</source>
        <translation>classic（默认）、istio、envoy、json 或 Envoy %OPERATORS%。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker threads (default: number of cores).</source>
        <translation>工作线程数（默认：CPU 核心数）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mesh traffic to unknown hosts: ALLOW_ANY (default) or REGISTRY_ONLY.</source>
        <translation>发往未知主机的 mesh 流量：ALLOW_ANY（默认）或 REGISTRY_ONLY。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POLICY</source>
        <translation>POLICY</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maximum concurrent downstream connections (default 10000).</source>
        <translation>最大并发下游连接数（默认 10000）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds a client may take to send request headers (default 10).</source>
        <translation>客户端发送请求头的最长秒数（默认 10）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How TCP relays (TLS passthrough) move bytes: copy (default) or splice.</source>
        <translation>TCP 中继（TLS 透传）如何移动字节：copy（默认）或 splice。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MODE</source>
        <translation>模式</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unexpected argument &apos;%1&apos; (config files go after -c)</source>
        <translation>意外的参数 &apos;%1&apos;（配置文件应放在 -c 之后）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--api-version must be v1, v1beta1, v1alpha3 or keep, not &apos;%1&apos;</source>
        <translation>--api-version 必须为 v1、v1beta1、v1alpha3 或 keep，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--bind needs an IP address, not &apos;%1&apos;</source>
        <translation>--bind 需要 IP 地址，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--port-offset needs a number between 0 and 65535</source>
        <translation>--port-offset 需要 0 到 65535 之间的数字</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--mesh-port needs a port number (0 = off)</source>
        <translation>--mesh-port 需要端口号（0 = 关闭）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--admin-port needs a port number (0 = off)</source>
        <translation>--admin-port 需要端口号（0 = 关闭）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--workers needs a number between 1 and 256</source>
        <translation>--workers 需要 1 到 256 之间的数字</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--outbound-policy must be ALLOW_ANY or REGISTRY_ONLY</source>
        <translation>--outbound-policy 必须为 ALLOW_ANY 或 REGISTRY_ONLY</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--max-connections needs a positive number</source>
        <translation>--max-connections 需要一个正数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--tcp-relay must be copy or splice, not &apos;%1&apos;</source>
        <translation>--tcp-relay 必须是 copy 或 splice，而不是“%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--request-headers-timeout needs a positive number of seconds</source>
        <translation>--request-headers-timeout 需要一个正的秒数</translation>
    </message>
</context>
<context>
    <name>ConfigActions</name>
    <message>
        <location filename="../app/configactions.cpp" line="+47"/>
        <source>1 resource</source>
        <translation>1 个资源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 resources</source>
        <translation>%1 个资源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 error</source>
        <translation>1 个错误</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 errors</source>
        <translation>%1 个错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 warning</source>
        <translation>1 个警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 warnings</source>
        <translation>%1 个警告</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>meshgate: not exporting: the configuration has errors</source>
        <translation>meshgate: 未导出：配置存在错误</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>meshgate: exporting despite the errors below: they are about how the resources fit together (a Gateway, subset or port they refer to may be in the cluster), which an API server does not check</source>
        <translation>meshgate: 尽管有以下错误仍然导出：它们涉及资源之间的关联（所引用的 Gateway、子集或端口可能在集群中），API 服务器不检查这些</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>meshgate: exported with %n unknown field(s); kubectl apply (strict field validation) will reject them until they are fixed</source>
        <translation>
            <numerusform>meshgate: 导出时包含 %n 个未知字段；在修正之前，kubectl apply（严格字段校验）会拒绝它们</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>meshgate: cannot write to standard output</source>
        <translation>meshgate: 无法写入标准输出</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>meshgate: cannot write %1: %2</source>
        <translation>meshgate: 无法写入 %1: %2</translation>
    </message>
</context>
<context>
    <name>ConfigLoader</name>
    <message>
        <location filename="../proxycore/config/configloader.cpp" line="+41"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1: %2</translation>
    </message>
</context>
<context>
    <name>ConnectToRule</name>
    <message>
        <location filename="../proxycore/engine/enginesettings.cpp" line="+33"/>
        <location line="+6"/>
        <source>&quot;%1&quot; is not HOST:PORT</source>
        <translation>&quot;%1&quot; 不是 HOST:PORT 格式</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>port &quot;%1&quot; is not a number from 1 to 65535 (or empty for any)</source>
        <translation>端口 &quot;%1&quot; 不是 1 到 65535 之间的数字（留空表示任意）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unbalanced &apos;[&apos; in &quot;%1&quot;</source>
        <translation>&quot;%1&quot; 中的 &apos;[&apos; 不配对</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected HOST:PORT:ADDRESS:PORT, got &quot;%1&quot;</source>
        <translation>应为 HOST:PORT:ADDRESS:PORT，实际为 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 in &quot;%2&quot; (expected HOST:PORT:ADDRESS:PORT)</source>
        <translation>&quot;%2&quot; 中%1（应为 HOST:PORT:ADDRESS:PORT）</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <location filename="../proxycore/engine/engine.cpp" line="+62"/>
        <source>the open-file limit (%1) is below --max-connections %2; clients beyond it will not be accepted (raise it with ulimit -n)</source>
        <translation>打开文件数上限（%1）低于 --max-connections %2；超出部分的客户端将无法被接受（请用 ulimit -n 提高上限）</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>--access-log-format: %1</source>
        <translation>--access-log-format: %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>connection refused: %1</source>
        <translation>连接被拒绝: %1</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>access log: %1 (proxying continues)</source>
        <translation>访问日志: %1（代理继续运行）</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>admin endpoint not available: %1</source>
        <translation>管理端点不可用: %1</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>gateway %1 port %2 (%3 on %4): %5</source>
        <translation>网关 %1 端口 %2（%3，%4）：%5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 listener %2: %3</source>
        <translation>%1 监听器 %2: %3</translation>
    </message>
</context>
<context>
    <name>GuiApp</name>
    <message>
        <location filename="../app/guiapp.cpp" line="+78"/>
        <source>Engine not started: %1 did not open.</source>
        <translation>引擎未启动：%1 未能打开。</translation>
    </message>
</context>
<context>
    <name>HeadlessRunner</name>
    <message>
        <location filename="../app/headlessrunner.cpp" line="+150"/>
        <source>meshgate: the configuration has errors; nothing to run</source>
        <translation>meshgate: 配置存在错误；没有可运行的内容</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>admin</source>
        <translation>管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mesh forward proxy</source>
        <translation>mesh 转发代理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gateway %1 port %2</source>
        <translation>Gateway %1 端口 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>meshgate: listening on %1:%2 (%3, %4)</source>
        <translation>meshgate: 正在监听 %1:%2（%3，%4）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>meshgate: cannot listen for %1: %2</source>
        <translation>meshgate: 无法为 %1 监听: %2</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>meshgate: no listener could be bound</source>
        <translation>meshgate: 没有任何监听器能够绑定</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>meshgate: configuration change rejected; still running generation %1:</source>
        <translation>meshgate: 配置变更被拒绝；仍在运行第 %1 代配置：</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>%1 no longer holds any resource (restart meshgate to run without it)</source>
        <translation>%1 中已不包含任何资源（若要在没有它的情况下运行，请重启 meshgate）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>meshgate: configuration reloaded (generation %1)</source>
        <translation>meshgate: 配置已重新加载（第 %1 代）</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>meshgate: stopping (draining for up to %1 s)</source>
        <translation>meshgate: 正在停止（最多排空 %1 秒）</translation>
    </message>
</context>
<context>
    <name>HostMatch</name>
    <message>
        <location filename="../proxycore/routing/hostmatch.cpp" line="+124"/>
        <source>empty host name</source>
        <translation>主机名为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wildcards are only allowed as the whole first label (&quot;*.example.com&quot;)</source>
        <translation>通配符只能作为完整的第一个标签使用（&quot;*.example.com&quot;）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>short names are not allowed here; use a fully qualified name</source>
        <translation>此处不允许使用短名称；请使用完全限定名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a valid DNS name</source>
        <translation>不是有效的 DNS 名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host name longer than 253 characters</source>
        <translation>主机名超过 253 个字符</translation>
    </message>
</context>
<context>
    <name>HttpRouteCompiler</name>
    <message>
        <location filename="../proxycore/routing/httproutecompiler.cpp" line="+105"/>
        <source>%1 match[%2]: sourceLabels/sourceNamespace select sidecar workloads and never match on a gateway</source>
        <translation>%1 match[%2]: sourceLabels/sourceNamespace 选择的是 sidecar 工作负载，在 Gateway 上永远不会匹配</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>perTryTimeout &quot;%1&quot; is not a duration</source>
        <translation>perTryTimeout &quot;%1&quot; 不是有效的时长</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>fault.delay has no percentage: delaying every request as Istio documents it (Istio&apos;s generated Envoy config delays none, istio/istio#36303)</source>
        <translation>fault.delay 未设置百分比：按 Istio 文档所述延迟所有请求（Istio 生成的 Envoy 配置不会延迟任何请求，istio/istio#36303）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fault.delay needs a fixedDelay duration (exponentialDelay is not supported)</source>
        <translation>fault.delay 需要 fixedDelay 时长（不支持 exponentialDelay）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>fault.abort has no percentage: aborting every request as Istio documents it (Istio&apos;s generated Envoy config aborts none, istio/istio#36303)</source>
        <translation>fault.abort 未设置百分比：按 Istio 文档所述中止所有请求（Istio 生成的 Envoy 配置不会中止任何请求，istio/istio#36303）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fault.abort needs httpStatus (grpcStatus and http2Error are not supported)</source>
        <translation>fault.abort 需要 httpStatus（不支持 grpcStatus 和 http2Error）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: redirectCode %2 is not supported (301, 302, 303, 307, 308); using 301</source>
        <translation>%1: 不支持 redirectCode %2（仅支持 301、302、303、307、308）；将使用 301</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1: all destination weights are 0; splitting evenly</source>
        <translation>%1: 所有目标权重均为 0；将平均分配</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: uriRegexRewrite.match &quot;%2&quot; does not compile: %3</source>
        <translation>%1: uriRegexRewrite.match &quot;%2&quot; 无法编译: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: timeout &quot;%2&quot; is not a duration; no timeout</source>
        <translation>%1: timeout &quot;%2&quot; 不是有效的时长；不设超时</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: mirror not compiled: %2</source>
        <translation>%1: mirror 未编译: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: corsPolicy is not applied by Meshgate</source>
        <translation>%1: Meshgate 不应用 corsPolicy</translation>
    </message>
</context>
<context>
    <name>ListenerSocket</name>
    <message>
        <location filename="../proxycore/engine/listenersocket.cpp" line="+66"/>
        <source>port %1 in use</source>
        <translation>端口 %1 已被占用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot bind %1:%2: %3</source>
        <translation>无法绑定 %1:%2: %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation>无法在 %1:%2 上监听: %3</translation>
    </message>
</context>
<context>
    <name>LogStyle</name>
    <message>
        <location filename="../ui/logs/logstyle.cpp" line="+22"/>
        <source>failed local health check</source>
        <translation>本地健康检查失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no healthy upstream</source>
        <translation>没有健康的上游</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upstream request timeout</source>
        <translation>上游请求超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>local reset</source>
        <translation>本地重置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upstream remote reset</source>
        <translation>上游远端重置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upstream connection failure</source>
        <translation>上游连接失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upstream connection termination</source>
        <translation>上游连接终止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upstream overflow (circuit breaker)</source>
        <translation>上游溢出（熔断器）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no route found</source>
        <translation>未找到路由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delay injected</source>
        <translation>已注入延迟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fault injected</source>
        <translation>已注入故障</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate limited</source>
        <translation>已限流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unauthorized by external service</source>
        <translation>外部服务拒绝授权</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rate limit service error</source>
        <translation>限流服务错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>downstream connection termination</source>
        <translation>下游连接终止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upstream retry limit exceeded</source>
        <translation>超出上游重试次数上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stream idle timeout</source>
        <translation>流空闲超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid Envoy request headers</source>
        <translation>无效的 Envoy 请求头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>downstream protocol error</source>
        <translation>下游协议错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upstream max stream duration reached</source>
        <translation>已达到上游流的最大持续时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>response from cache filter</source>
        <translation>来自缓存过滤器的响应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no filter config found</source>
        <translation>未找到过滤器配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duration timeout</source>
        <translation>持续时间超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>upstream protocol error</source>
        <translation>上游协议错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no cluster found</source>
        <translation>未找到集群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overload manager</source>
        <translation>过载管理器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS resolution failed</source>
        <translation>DNS 解析失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropped by overload</source>
        <translation>因过载被丢弃</translation>
    </message>
</context>
<context>
    <name>RequestDescription</name>
    <message>
        <location filename="../proxycore/routing/requestdescription.cpp" line="+71"/>
        <source>unbalanced quote</source>
        <translation>引号不配对</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>describe a request, e.g. &quot;GET http://httpbin.org/status/418 gateway=proxy port=80&quot; or &quot;TLS edition.cnn.com gateway=proxy port=443&quot;</source>
        <translation>描述一个请求，例如 &quot;GET http://httpbin.org/status/418 gateway=proxy port=80&quot; 或 &quot;TLS edition.cnn.com gateway=proxy port=443&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>start with an HTTP method (GET, POST, ...) or TLS, not &quot;%1&quot;</source>
        <translation>请以 HTTP 方法（GET、POST、...）或 TLS 开头，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot;: expected header:NAME=VALUE</source>
        <translation>&quot;%1&quot;: 应为 header:NAME=VALUE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>gateway= needs a Gateway name, or mesh</source>
        <translation>gateway= 需要 Gateway 名称或 mesh</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>port &quot;%1&quot; is not a port number</source>
        <translation>端口 &quot;%1&quot; 不是端口号</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown key &quot;%1&quot; (use gateway=, port=, host=, sni=, scheme= or header:NAME=VALUE)</source>
        <translation>未知的键 &quot;%1&quot;（请使用 gateway=、port=、host=、sni=、scheme= 或 header:NAME=VALUE）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot;: only one URL, path or server name per request</source>
        <translation>&quot;%1&quot;: 每个请求只能有一个 URL、路径或服务器名称</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give the server name once (&quot;%1&quot; and sni=%2)</source>
        <translation>服务器名称只能指定一次（&quot;%1&quot; 和 sni=%2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>missing URL or path after %1</source>
        <translation>%1 之后缺少 URL 或路径</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a URL</source>
        <translation>&quot;%1&quot; 不是 URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>scheme &quot;%1&quot; is not http or https</source>
        <translation>协议方案 &quot;%1&quot; 不是 http 或 https</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>missing gateway=NAME (a Gateway name, or mesh for the forward proxy)</source>
        <translation>缺少 gateway=NAME（Gateway 名称，或用 mesh 表示转发代理）</translation>
    </message>
</context>
<context>
    <name>ResourceDecoder</name>
    <message>
        <location filename="../proxycore/config/resourcedecoder.cpp" line="+81"/>
        <source>expected a mapping for %1, found %2</source>
        <translation>%1 应为映射，实际为 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is the proto field name; Kubernetes expects &quot;%2&quot; (export writes &quot;%2&quot;)</source>
        <translation>&quot;%1&quot; 是 proto 字段名；Kubernetes 要求使用 &quot;%2&quot;（导出时写为 &quot;%2&quot;）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is given twice (as &quot;%2&quot; and its other spelling)</source>
        <translation>&quot;%1&quot; 被指定了两次（&quot;%2&quot; 及其另一种写法）</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+6"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>quoted boolean &quot;%1&quot;; Kubernetes expects true or false without quotes</source>
        <translation>布尔值 &quot;%1&quot; 带有引号；Kubernetes 要求不带引号的 true 或 false</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a list of strings</source>
        <translation>字符串列表</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a mapping of strings</source>
        <translation>字符串映射</translation>
    </message>
    <message>
        <location line="-187"/>
        <location line="+215"/>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a scalar</source>
        <translation>标量</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <location line="+235"/>
        <source>&quot;%1&quot; is kept and exported, but the local engine does not enforce it</source>
        <translation>&quot;%1&quot; 会被保留并导出，但本地引擎不会执行它</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown field &quot;%1&quot; in %2</source>
        <translation>%2 中存在未知字段 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+701"/>
        <location line="+8"/>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>；您是否想输入 &quot;%1&quot;？</translation>
    </message>
    <message>
        <location line="-703"/>
        <source> (ignored, so this match does not check it and may match every request)</source>
        <translation>（已忽略，因此此 match 不检查它，可能匹配所有请求）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a string</source>
        <translation>字符串</translation>
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
        <translation>数字 &quot;%1&quot; 带有引号；Kubernetes 要求整数（导出时写为 %1）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected %1, found %2</source>
        <translation>应为 %1，实际为 %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>a string match takes exactly one of exact, prefix or regex</source>
        <translation>字符串匹配必须恰好指定 exact、prefix 或 regex 之一</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a mapping of string matches</source>
        <translation>字符串匹配的映射</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>a mapping of port name to port number</source>
        <translation>端口名称到端口号的映射</translation>
    </message>
    <message>
        <location line="+438"/>
        <source>a List needs an items list</source>
        <translation>List 需要 items 列表</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected a Kubernetes resource (a mapping with apiVersion and kind)</source>
        <translation>应为 Kubernetes 资源（包含 apiVersion 和 kind 的映射）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>document has no kind</source>
        <translation>文档没有 kind</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>networking.istio.io has no kind &quot;%1&quot;</source>
        <translation>networking.istio.io 中没有 kind &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>skipped: %1 is not one of Gateway, ServiceEntry, DestinationRule, VirtualService</source>
        <translation>已跳过：%1 不是 Gateway、ServiceEntry、DestinationRule、VirtualService 之一</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>missing apiVersion (expected networking.istio.io/v1, v1beta1 or v1alpha3)</source>
        <translation>缺少 apiVersion（应为 networking.istio.io/v1、v1beta1 或 v1alpha3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unsupported apiVersion &quot;%1&quot; (expected networking.istio.io/v1, v1beta1 or v1alpha3)</source>
        <translation>不支持的 apiVersion &quot;%1&quot;（应为 networking.istio.io/v1、v1beta1 或 v1alpha3）</translation>
    </message>
</context>
<context>
    <name>ResourceText</name>
    <message>
        <location filename="../ui/common/resourcetext.cpp" line="+19"/>
        <source>the YAML tab holds one resource, found %1; use File &gt; Import to add more</source>
        <translation>YAML 选项卡只能包含一个资源，但找到了 %1 个；请使用“文件 &gt; 导入”添加更多资源</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no Gateway, ServiceEntry, DestinationRule or VirtualService in the text</source>
        <translation>文本中没有 Gateway、ServiceEntry、DestinationRule 或 VirtualService</translation>
    </message>
</context>
<context>
    <name>RouteExplainer</name>
    <message>
        <location filename="../proxycore/routing/routeexplainer.cpp" line="+68"/>
        <source>original destination</source>
        <translation>原始目标地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>black hole</source>
        <translation>黑洞</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>catch-all %1 *</source>
        <translation>兜底%1 *</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>wildcard %1 %2</source>
        <translation>通配符%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exact %1 %2</source>
        <translation>精确%1 %2</translation>
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
        <translation>mesh 转发代理，目标端口 %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no port= given; using the only %1 port of Gateway %2, %3</source>
        <translation>未给出 port=；使用 Gateway %2 唯一的 %1 端口 %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (listening on %2)</source>
        <translation>%1（监听于 %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no Gateway named %1 has a server Meshgate listens for</source>
        <translation>没有名为 %1 的 Gateway 拥有 Meshgate 监听的 server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateway %1 has no server on port %2; its ports: %3</source>
        <translation>Gateway %1 在端口 %2 上没有 server；其端口为: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>listener</source>
        <translation>监听器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection refused: %1</source>
        <translation>连接被拒绝: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>listener %1</source>
        <translation>监听器 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, port %2 of %3</source>
        <translation>%1，%3 的端口 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+20"/>
        <source>request</source>
        <translation>请求</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>this port routes TLS connections by SNI; a plain HTTP request carries no SNI</source>
        <translation>此端口按 SNI 路由 TLS 连接；明文 HTTP 请求不携带 SNI</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>port %1 serves plain HTTP: a TLS ClientHello is a protocol error and the connection is closed</source>
        <translation>端口 %1 提供明文 HTTP：TLS ClientHello 属于协议错误，连接将被关闭</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>TLS is terminated here, then HTTP is routed; explaining GET / with Host %1</source>
        <translation>TLS 在此终止，然后路由 HTTP；以 Host 为 %1 的 GET / 为例进行解释</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>400: the request has no Host header</source>
        <translation>400: 请求没有 Host 头</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>400: Host %1 is not a valid authority</source>
        <translation>400: Host %1 不是有效的 authority</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>400: path %1 cannot be normalized (it encodes a NUL byte or does not start with /)</source>
        <translation>400: 路径 %1 无法规范化（其中编码了 NUL 字节，或不以 / 开头）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is routed and forwarded as %2 (Istio&apos;s default path normalization)</source>
        <translation>%1 按 %2 进行路由和转发（Istio 默认的路径规范化）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>virtual host %1</source>
        <translation>虚拟主机 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>domain</source>
        <translation>域名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host %1 matches %2</source>
        <translation>主机 %1 匹配%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>host %1 matches %2 too, but %3 is more specific</source>
        <translation>主机 %1 也匹配%2，但 %3 更具体</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>host %1 is not %2</source>
        <translation>主机 %1 不是 %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>virtual hosts</source>
        <translation>虚拟主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: no VirtualService bound to %1 has a host this port&apos;s servers expose</source>
        <translation>无：绑定到 %1 的 VirtualService 中没有任何一个的主机由此端口的 server 公开</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>404 NR route_not_found: no virtual host for %1 on port %2 (compare the Gateway&apos;s hosts with the VirtualService&apos;s hosts and gateways)</source>
        <translation>404 NR route_not_found: 端口 %2 上没有 %1 的虚拟主机（请比对 Gateway 的 hosts 与 VirtualService 的 hosts 和 gateways）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>301 to %1 (httpsRedirect)</source>
        <translation>301 重定向到 %1（httpsRedirect）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>route %1</source>
        <translation>路由 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no match conditions (catch-all)</source>
        <translation>无匹配条件（兜底）</translation>
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
        <translation>404 NR route_not_found: 虚拟主机 %1 中没有匹配的路由</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 redirect to %2</source>
        <translation>%1 重定向到 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 direct response (%2 bytes) from route %3</source>
        <translation>来自路由 %3 的 %1 直接响应（%2 字节）</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>fault</source>
        <translation>故障注入</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>delay %1 ms for %2% of requests (flag DI)</source>
        <translation>对 %2% 的请求延迟 %1 毫秒（标志 DI）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>abort with %1 for %2% of requests (flag FI)</source>
        <translation>对 %2% 的请求以 %1 中止（标志 FI）</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>rewrite</source>
        <translation>重写</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>the matched path prefix becomes %1</source>
        <translation>匹配到的路径前缀变为 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host becomes %1</source>
        <translation>Host 变为 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+8"/>
        <source>retries</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>up to %1 more attempts, %2 ms each, on %3</source>
        <translation>在 %3 时最多再尝试 %1 次，每次 %2 ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>up to %1 more attempts on %2</source>
        <translation>在 %2 时最多再尝试 %1 次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> via route %1</source>
        <translation> 经由路由 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>503 NC: the route has no destination</source>
        <translation>503 NC: 该路由没有目标</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (not in the registry: 503 NC)</source>
        <translation>%1（不在注册表中: 503 NC）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weighted target</source>
        <translation>加权目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 gets %2 of requests</source>
        <translation>%1 获得 %2 的请求</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (heaviest of %1 weighted targets)</source>
        <translation> (%1 个加权目标中权重最高者)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>503 NC: destination host %1 is not in the service registry (no ServiceEntry with that host and port, or the subset is not defined)</source>
        <translation>503 NC: 目标主机 %1 不在服务注册表中（没有该主机和端口的 ServiceEntry，或子集未定义）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the original destination</source>
        <translation>原始目标地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ %1 (original destination)</source>
        <translation>→ %1（原始目标地址）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>502: %1 drops traffic to hosts outside the registry (REGISTRY_ONLY)</source>
        <translation>502: %1 丢弃发往注册表外主机的流量（REGISTRY_ONLY）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>503 UH no healthy upstream: ServiceEntry %1 has resolution NONE, and a gateway has no original destination to forward to (istio/istio#7426); use DNS or STATIC</source>
        <translation>503 UH no healthy upstream: ServiceEntry %1 的 resolution 为 NONE，而 Gateway 没有可转发的原始目标地址（istio/istio#7426）；请使用 DNS 或 STATIC</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1:%2 (weight %3)</source>
        <translation>%1:%2（权重 %3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>503 UH no healthy upstream: %1 has no endpoints</source>
        <translation>503 UH no healthy upstream: %1 没有端点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>503 UH no healthy upstream: no endpoint of %1 has the labels of subset %2</source>
        <translation>503 UH no healthy upstream: %1 的端点都不具有子集 %2 的标签</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>→ %1 (%2, 1 endpoint)</source>
        <translation>→ %1（%2，1 个端点）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ %1 (%2, %3 endpoints)</source>
        <translation>→ %1（%2，%3 个端点）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>filter chain %1 (%2)</source>
        <translation>过滤器链 %1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>server name</source>
        <translation>服务器名称</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>SNI %1 matches %2</source>
        <translation>SNI %1 匹配%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SNI %1 matches %2 too, but %3 is more specific</source>
        <translation>SNI %1 也匹配%2，但 %3 更具体</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no SNI, and the chain needs %1</source>
        <translation>没有 SNI，而该链需要 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SNI %1 is not %2</source>
        <translation>SNI %1 不是 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>connection closed after the ClientHello: the client sent no SNI, so no filter chain matches (NR filter_chain_not_found, istio/istio#32466)</source>
        <translation>ClientHello 之后连接被关闭：客户端未发送 SNI，因此没有匹配的过滤器链（NR filter_chain_not_found，istio/istio#32466）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection closed after the ClientHello: no filter chain for SNI %1 (NR filter_chain_not_found)</source>
        <translation>ClientHello 之后连接被关闭：没有 SNI %1 的过滤器链（NR filter_chain_not_found）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> via %1</source>
        <translation> 经由 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>TLS server %1 (%2)</source>
        <translation>TLS 服务器 %1（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SNI %1 matches %2; its certificate %3 is presented</source>
        <translation>SNI %1 匹配 %2；将出示其证书 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no SNI, and the server needs one of its hosts</source>
        <translation>没有 SNI，而该服务器需要其主机之一</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SNI %1 matches %2 too, but another server is more specific</source>
        <translation>SNI %1 也匹配 %2，但另一个服务器更具体</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SNI %1 is none of its hosts</source>
        <translation>SNI %1 不是其任何主机</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>connection closed after the ClientHello: the client sent no SNI and no HTTPS server on this port is for * (NR filter_chain_not_found)</source>
        <translation>在 ClientHello 之后关闭连接：客户端未发送 SNI，且此端口上没有用于 * 的 HTTPS 服务器（NR filter_chain_not_found）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection closed after the ClientHello: no HTTPS server on this port is for SNI %1 (NR filter_chain_not_found)</source>
        <translation>在 ClientHello 之后关闭连接：此端口上没有用于 SNI %1 的 HTTPS 服务器（NR filter_chain_not_found）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>tcp routes</source>
        <translation>tcp 路由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no tcp route of a VirtualService bound to %1 applies to port %2</source>
        <translation>绑定到 %1 的 VirtualService 中没有适用于端口 %2 的 tcp 路由</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection closed: no tcp route for port %1</source>
        <translation>连接已关闭：端口 %1 没有 tcp 路由</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tcp route %1</source>
        <translation>tcp 路由 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the first tcp route for this port</source>
        <translation>此端口的第一条 tcp 路由</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no mesh VirtualService routes %1</source>
        <translation>没有 mesh VirtualService 路由 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this connection</source>
        <translation>此连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>outbound policy</source>
        <translation>出站策略</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>ALLOW_ANY: forwarded to the original destination %1:%2</source>
        <translation>ALLOW_ANY: 转发到原始目标地址 %1:%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REGISTRY_ONLY: %1:%2 is not a ServiceEntry host and port</source>
        <translation>REGISTRY_ONLY: %1:%2 不是任何 ServiceEntry 的主机和端口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>registry</source>
        <translation>注册表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a ServiceEntry defines %1 port %2</source>
        <translation>有 ServiceEntry 定义了 %1 端口 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection closed: %1 is not in the registry (REGISTRY_ONLY)</source>
        <translation>连接已关闭：%1 不在注册表中（REGISTRY_ONLY）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>result: %1
</source>
        <translation>结果: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cluster: %1
</source>
        <translation>集群: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>endpoint: %1
</source>
        <translation>端点: %1
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
        <translation>静态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DNS round robin</source>
        <translation>DNS 轮询</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no resolution</source>
        <translation>不解析</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>original destination</source>
        <translation>原始目标地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>black hole</source>
        <translation>黑洞</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n header(s)</source>
        <translation>
            <numerusform>%n 个请求头</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n query parameter(s)</source>
        <translation>
            <numerusform>%n 个查询参数</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>port %1</source>
        <translation>端口 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>any request</source>
        <translation>任意请求</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>redirect %1</source>
        <translation>重定向 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>direct response %1</source>
        <translation>直接响应 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source> (+%n more)</source>
        <translation>
            <numerusform> (另有 %n 个)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Gateway port %1 of %2, listening on %3 (%4)</source>
        <translation>%2 的 Gateway 端口 %1，监听于 %3（%4）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Server %1 of Gateway %2 on port %3, listening on %4 (%5): clients asking for %6 by SNI get its certificate and routes</source>
        <translation>Gateway %2 的服务器 %1（端口 %3，监听 %4，%5）：通过 SNI 请求 %6 的客户端获得它的证书和路由</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>mesh :%1</source>
        <translation>mesh :%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>forward proxy · HTTP and TLS</source>
        <translation>转发代理 · HTTP 和 TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mesh forward proxy on port %1: VirtualServices bound to the &quot;mesh&quot; gateway, and ServiceEntry hosts by default</source>
        <translation>端口 %1 上的 mesh 转发代理：绑定到 &quot;mesh&quot; gateway 的 VirtualService，以及默认情况下 ServiceEntry 的主机</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>%n route(s)</source>
        <translation>
            <numerusform>%n 条路由</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · HTTPS redirect</source>
        <translation> · HTTPS 重定向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual host %1
Domains: %2</source>
        <translation>虚拟主机 %1
域名: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Route %1 of VirtualService %2</source>
        <translation>VirtualService %2 的路由 %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>SNI · TLS passthrough</source>
        <translation>SNI · TLS 透传</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS connections whose ClientHello names %1</source>
        <translation>ClientHello 中服务器名称为 %1 的 TLS 连接</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sni %1</source>
        <translation>sni %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS route %1 of VirtualService %2</source>
        <translation>VirtualService %2 的 TLS 路由 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every connection</source>
        <translation>所有连接</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n destination(s)</source>
        <translation>
            <numerusform>%n 个目标</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not in the registry · 503 NC</source>
        <translation>不在注册表中 · 503 NC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No ServiceEntry defines %1, so requests routed there get 503 NC</source>
        <translation>没有 ServiceEntry 定义 %1，因此路由到这里的请求会得到 503 NC</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> · subset %1</source>
        <translation> · 子集 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Cluster %1
Host %2, port %3, %n endpoint(s)</source>
        <translation>
            <numerusform>集群 %1
主机 %2，端口 %3，%n 个端点</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>resolved by DNS · weight %1</source>
        <translation>通过 DNS 解析 · 权重 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight %1</source>
        <translation>权重 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>requested host:port</source>
        <translation>请求的 host:port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passthrough</source>
        <translation>透传</translation>
    </message>
</context>
<context>
    <name>RouteMatcher</name>
    <message>
        <location filename="../proxycore/routing/routematcher.cpp" line="+126"/>
        <source>gateway %1 is not %2</source>
        <translation>gateway %1 不是 %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>gateway %1</source>
        <translation>gateway %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>port %1 is not %2</source>
        <translation>端口 %1 不是 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>port %1</source>
        <translation>端口 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>uri %1%2 does not match %3</source>
        <translation>uri %1%2 与 %3 不匹配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (ignoring case)</source>
        <translation> (忽略大小写)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>uri %1 matches %2</source>
        <translation>uri %1 匹配 %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2 does not match %3</source>
        <translation>%1 %2 与 %3 不匹配</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 matches</source>
        <translation>%1 %2 匹配</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>header %1 missing</source>
        <translation>缺少 header %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>header %1 value %2 does not match %3</source>
        <translation>header %1 的值 %2 与 %3 不匹配</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>header %1 %2</source>
        <translation>header %1 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>header %1 is present (withoutHeaders)</source>
        <translation>header %1 存在（withoutHeaders）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>header %1 value %2 matches %3 (withoutHeaders)</source>
        <translation>header %1 的值 %2 匹配 %3（withoutHeaders）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>without header %1 %2</source>
        <translation>不含 header %1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>query parameter %1 missing</source>
        <translation>缺少查询参数 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>query parameter %1 value %2 does not match %3</source>
        <translation>查询参数 %1 的值 %2 与 %3 不匹配</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>query parameter %1 %2</source>
        <translation>查询参数 %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no conditions</source>
        <translation>无条件</translation>
    </message>
</context>
<context>
    <name>RouteTableCompiler</name>
    <message>
        <location filename="../proxycore/routing/routetablecompiler.cpp" line="+35"/>
        <source>AUTO_PASSTHROUGH routes mesh-internal SNI names; treated as PASSTHROUGH</source>
        <translation>AUTO_PASSTHROUGH 用于路由 mesh 内部的 SNI 名称；按 PASSTHROUGH 处理</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS servers that terminate (mode %1) and then proxy TCP are not supported</source>
        <translation>不支持先终止 TLS（模式 %1）再代理 TCP 的 TLS server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tls mode %1 needs mesh certificates and is not supported</source>
        <translation>TLS 模式 %1 需要 mesh 证书，不受支持</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>protocol &quot;%1&quot; is not supported</source>
        <translation>不支持协议 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>%1: no valid port number; server skipped</source>
        <translation>%1: 端口号无效；已跳过该 server</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>port %1 with the port offset gives %2, which is not a port; this server is skipped (change the port or the port offset)</source>
        <translation>端口 %1 加上端口偏移后为 %2，不是有效端口；此服务器被跳过（请更改端口或端口偏移）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: bind &quot;%2&quot; is not an IP address; listening on %3</source>
        <translation>%1: bind &quot;%2&quot; 不是 IP 地址；改为在 %3 上监听</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>port %1 maps to local port %2, which is the mesh forward proxy&apos;s; only one of them can open (change a port, the port offset or the mesh port)</source>
        <translation>端口 %1 映射到本地端口 %2，这是网格转发代理的端口；两者只能打开一个（请更改端口、端口偏移或网格端口）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>port %1 maps to local port %2, which is the admin endpoint&apos;s; only one of them can open (change a port, the port offset or the admin port)</source>
        <translation>端口 %1 映射到本地端口 %2，这是管理端点的端口；两者只能打开一个（请更改端口、端口偏移或管理端口）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>port %1 maps to local port %2, which port %3 of Gateway %4 already uses; this server is skipped (change a port or the port offset)</source>
        <translation>端口 %1 映射到本地端口 %2，而 Gateway %4 的端口 %3 已在使用它；此服务器被跳过（请更改端口或端口偏移）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 port %3 is already served as %4 by Gateway %5; server skipped</source>
        <translation>%1: %2 端口 %3 已被 Gateway %5 作为 %4 使用；已跳过该 server</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>for host %1 on port %2 this route is never used: %3 of VirtualService %4 matches every request first (the routes of all VirtualServices for a host are merged, catch-alls last)</source>
        <translation>对于端口 %2 上的主机 %1，此路由永远不会被使用：VirtualService %4 的 %3 会先匹配所有请求（同一主机的所有 VirtualService 路由会合并，兜底路由放在最后）</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>SNI %1: %2 is ignored, %3 already routes it</source>
        <translation>SNI %1: 忽略 %2，%3 已在路由它</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>mesh host %1: VirtualService %2 is ignored, %3 already routes it (IST0109)</source>
        <translation>mesh 主机 %1: 忽略 VirtualService %2，%3 已在路由它（IST0109）</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Gateway %1: server %2 on port %3 skipped: host %4 is already served by another TLS server on that port</source>
        <translation>Gateway %1：已跳过端口 %3 上的服务器 %2：主机 %4 已由该端口上的另一个 TLS 服务器提供</translation>
    </message>
</context>
<context>
    <name>SafeFileWriter</name>
    <message>
        <location filename="../ui/common/safefilewriter.cpp" line="+46"/>
        <source>cannot write the backup %1: %2</source>
        <translation>无法写入备份 %1: %2</translation>
    </message>
</context>
<context>
    <name>StringMatcher</name>
    <message>
        <location filename="../proxycore/routing/stringmatcher.cpp" line="+41"/>
        <source>regex &quot;%1&quot; does not compile: %2</source>
        <translation>正则表达式 &quot;%1&quot; 无法编译: %2</translation>
    </message>
</context>
<context>
    <name>TopTracker</name>
    <message>
        <location filename="../ui/charts/toptracker.cpp" line="+55"/>
        <source>(unnamed route)</source>
        <translation>（未命名路由）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no route)</source>
        <translation>（无路由）</translation>
    </message>
</context>
<context>
    <name>TrafficCharts</name>
    <message>
        <location filename="../ui/charts/trafficcharts.cpp" line="+89"/>
        <source>Requests/s by status</source>
        <translation>按状态统计的请求数/秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active connections</source>
        <translation>活动连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency (ms)</source>
        <translation>延迟（毫秒）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>in</source>
        <translation>入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out</source>
        <translation>出</translation>
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
        <translation>吞吐量（%1）</translation>
    </message>
</context>
<context>
    <name>UnknownFields</name>
    <message>
        <location filename="../ui/common/unknownfields.cpp" line="+25"/>
        <source>%1 (%2:%3:%4): %5</source>
        <translation>%1（%2:%3:%4）：%5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 line %2: %3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… 另有 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <location filename="../proxycore/config/crossvalidator.cpp" line="+119"/>
        <source>%1 &quot;%2&quot; is defined twice (first in %3)</source>
        <translation>%1 &quot;%2&quot; 被定义了两次（首次定义于 %3）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>port %1 is already claimed as %2 by Gateway %3; one port cannot serve %4 and %2</source>
        <translation>端口 %1 已被 Gateway %3 声明为 %2；一个端口不能同时提供 %4 和 %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Gateway %1 also serves &quot;%2&quot; on port %3 for the same workload; their routes are merged, and istioctl analyze reports the conflict (IST0145)</source>
        <translation>Gateway %1 也为同一工作负载在端口 %3 上提供 &quot;%2&quot;；它们的路由会合并，istioctl analyze 会报告此冲突 (IST0145)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>gateway &quot;%1&quot; not found: gateways are referenced as namespace/name, e.g. &quot;%2/%3&quot; (istio/istio#26695)</source>
        <translation>未找到 gateway &quot;%1&quot;：gateway 需以 namespace/name 形式引用，例如 &quot;%2/%3&quot;（istio/istio#26695）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>gateway &quot;%1&quot; not found (looked for Gateway %2)</source>
        <translation>未找到 gateway &quot;%1&quot;（查找的是 Gateway %2）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>none of the hosts %1 is exposed by Gateway %2; its routes never apply there (IST0132)</source>
        <translation>主机 %1 均未由 Gateway %2 公开；其路由在该处永远不会生效（IST0132）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>host &quot;%1&quot; is not defined by any ServiceEntry; requests routed here get 503 NC</source>
        <translation>主机 &quot;%1&quot; 未在任何 ServiceEntry 中定义；路由到此处的请求将得到 503 NC</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>; did you mean &quot;%1&quot;?</source>
        <translation>；您是否想输入 &quot;%1&quot;？</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>host &quot;%1&quot; has %2 ports; set destination.port so the route does not depend on the listener port (IST0112)</source>
        <translation>主机 &quot;%1&quot; 有 %2 个端口；请设置 destination.port，使路由不依赖于监听器端口（IST0112）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>port %1 is not a port of host &quot;%2&quot;</source>
        <translation>端口 %1 不是主机 &quot;%2&quot; 的端口</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>subset &quot;%1&quot; of host &quot;%2&quot; is not defined by any DestinationRule</source>
        <translation>主机 &quot;%2&quot; 的子集 &quot;%1&quot; 未在任何 DestinationRule 中定义</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Gateway %1 has no server on port %2</source>
        <translation>Gateway %1 在端口 %2 上没有 server</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tls route bound to Gateway %1%2, which has no TLS PASSTHROUGH server there; tls routes only apply to PASSTHROUGH servers</source>
        <translation>tls 路由绑定到 Gateway %1%2，但该处没有 TLS PASSTHROUGH server；tls 路由只适用于 PASSTHROUGH server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> port %1</source>
        <translation> 端口 %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>no VirtualService bound to this gateway serves host &quot;%1&quot;; its connections are closed (NR)</source>
        <translation>没有绑定到此网关的 VirtualService 为主机 &quot;%1&quot; 提供服务；其连接会被关闭 (NR)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no VirtualService bound to this gateway serves host &quot;%1&quot;; its requests get 404 NR</source>
        <translation>绑定到此 gateway 的 VirtualService 均不服务主机 &quot;%1&quot;；其请求将得到 404 NR</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>no gateways: this VirtualService binds only to the mesh, so Gateway %1, which exposes &quot;%2&quot;, answers 404 NR for it; add gateways: [%1] (and mesh, to keep mesh traffic)</source>
        <translation>没有 gateways：此 VirtualService 只绑定到网格，因此暴露“%2”的 Gateway %1 对其返回 404 NR；请添加 gateways: [%1]（若要保留网格流量，再加上 mesh）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>host &quot;%1&quot; is also claimed for the mesh by VirtualService %2; only one takes effect (IST0109)</source>
        <translation>主机 &quot;%1&quot; 在 mesh 中也被 VirtualService %2 声明；只有一个会生效（IST0109）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>DestinationRule %1 already applies to host &quot;%2&quot;; its policy wins and only new subsets are added from this one</source>
        <translation>DestinationRule %1 已应用于主机 &quot;%2&quot;；以其策略为准，本规则只添加新的子集</translation>
    </message>
    <message>
        <location filename="../proxycore/config/validator.cpp" line="+96"/>
        <source>cipher suite &quot;%1&quot; is listed twice; the repeat is ignored</source>
        <translation>密码套件“%1”重复列出；重复项被忽略</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cipher suite &quot;%1&quot; is not offered by this machine&apos;s OpenSSL and is ignored, as Istio ignores unsupported suites</source>
        <translation>本机 OpenSSL 不提供密码套件“%1”，已忽略（Istio 同样忽略不支持的套件）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is a TLS 1.3 suite; cipherSuites only chooses TLS 1.2 and below, so it is ignored</source>
        <translation>“%1”是 TLS 1.3 套件；cipherSuites 只选择 TLS 1.2 及以下，因此被忽略</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no usable cipher suite is left; the default list applies</source>
        <translation>没有可用的密码套件；使用默认列表</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>port number is required</source>
        <translation>端口号为必填项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>port %1 is out of range (1-65535)</source>
        <translation>端口 %1 超出范围（1-65535）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a duration (e.g. 5s, 250ms, 1h)</source>
        <translation>&quot;%1&quot; 不是有效的时长（例如 5s、250ms、1h）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duration %1 is shorter than 1ms</source>
        <translation>时长 %1 小于 1ms</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; 不是 %2 之一</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>percentage %1 is outside 0-100</source>
        <translation>百分比 %1 超出 0-100 范围</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>regex longer than 1024 characters</source>
        <translation>正则表达式超过 1024 个字符</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>regex does not compile: %1 at offset %2</source>
        <translation>正则表达式无法编译：%1（位于偏移 %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a string match needs exact, prefix or regex</source>
        <translation>字符串匹配需要 exact、prefix 或 regex</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a valid header name</source>
        <translation>&quot;%1&quot; 不是有效的 header 名称</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>header value contains CR, LF or NUL, which would inject headers</source>
        <translation>header 值包含 CR、LF 或 NUL，会导致 header 注入</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>destination host is required</source>
        <translation>目标主机为必填项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>destination host &quot;%1&quot;: %2</source>
        <translation>目标主机 &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>destination host cannot be a wildcard</source>
        <translation>目标主机不能是通配符</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+224"/>
        <source>weight must not be negative</source>
        <translation>权重不能为负数</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>all destination weights are 0; no traffic can be routed</source>
        <translation>所有目标权重均为 0；无法路由任何流量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>destination weights sum to %1, not 100; traffic is split in proportion to the weights</source>
        <translation>目标权重之和为 %1，而不是 100；流量将按权重比例分配</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>metadata.name is required</source>
        <translation>metadata.name 为必填项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name &quot;%1&quot; must be lower-case letters, digits, &apos;-&apos; or &apos;.&apos;, starting and ending with a letter or digit</source>
        <translation>名称 &quot;%1&quot; 只能包含小写字母、数字、&apos;-&apos; 或 &apos;.&apos;，且必须以字母或数字开头和结尾</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>namespace &quot;%1&quot; is not a valid name</source>
        <translation>命名空间 &quot;%1&quot; 不是有效的名称</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a Gateway needs at least one server</source>
        <translation>Gateway 至少需要一个 server</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+117"/>
        <source>port name is required</source>
        <translation>端口名称为必填项</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>port name &quot;%1&quot; is used by another server</source>
        <translation>端口名称 &quot;%1&quot; 已被另一个 server 使用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>port protocol is required</source>
        <translation>端口协议为必填项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>targetPort is not allowed on a Gateway server</source>
        <translation>Gateway server 上不允许设置 targetPort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a server needs at least one host</source>
        <translation>server 至少需要一个主机</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a namespace (use *, . or a namespace name)</source>
        <translation>&quot;%1&quot; 不是命名空间（请使用 *、. 或命名空间名称）</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+76"/>
        <location line="+147"/>
        <location line="+197"/>
        <source>host &quot;%1&quot;: %2</source>
        <translation>主机 &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="-417"/>
        <source>bind must be an IP address</source>
        <translation>bind 必须是 IP 地址</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a %1 server needs a tls block (mode PASSTHROUGH, SIMPLE or MUTUAL)</source>
        <translation>%1 server 需要 tls 块（模式为 PASSTHROUGH、SIMPLE 或 MUTUAL）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a plain %1 server may only set tls.httpsRedirect</source>
        <translation>明文 %1 server 只能设置 tls.httpsRedirect</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a %1 server cannot have tls settings; use protocol TLS</source>
        <translation>%1 server 不能有 tls 设置；请使用 TLS 协议</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tls mode %1 needs serverCertificate and privateKey (or credentialName)</source>
        <translation>TLS 模式 %1 需要 serverCertificate 和 privateKey（或 credentialName）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tls mode %1 needs caCertificates to verify clients</source>
        <translation>TLS 模式 %1 需要 caCertificates 来验证客户端</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>subjectAltNames checks client certificates, which mode SIMPLE does not ask for</source>
        <translation>subjectAltNames 检查客户端证书，而 SIMPLE 模式不要求客户端证书</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>credentialName refers to a Kubernetes secret, which a local gateway cannot read; set serverCertificate and privateKey for local use</source>
        <translation>credentialName 引用的是 Kubernetes Secret，本地网关无法读取；本地使用请设置 serverCertificate 和 privateKey</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tls mode %1 needs the mesh&apos;s mTLS identities and is not supported by the local engine</source>
        <translation>TLS 模式 %1 需要 mesh 的 mTLS 身份，本地引擎不支持</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cipherSuites has no effect in %1 mode: the gateway does not terminate TLS</source>
        <translation>在 %1 模式下 cipherSuites 无效：网关不终止 TLS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an HTTPS server in PASSTHROUGH mode cannot route on HTTP attributes; use protocol TLS with tls routes, or mode SIMPLE</source>
        <translation>PASSTHROUGH 模式下的 HTTPS server 无法按 HTTP 属性路由；请使用 TLS 协议配合 tls 路由，或使用 SIMPLE 模式</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a ServiceEntry needs at least one host</source>
        <translation>ServiceEntry 至少需要一个主机</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;*&quot; is not allowed as a ServiceEntry host</source>
        <translation>不允许将 &quot;*&quot; 用作 ServiceEntry 主机</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>port %1 is listed twice</source>
        <translation>端口 %1 被列出了两次</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>port name &quot;%1&quot; must be a DNS-1123 label</source>
        <translation>端口名称 &quot;%1&quot; 必须是 DNS-1123 标签</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>port name &quot;%1&quot; is used twice</source>
        <translation>端口名称 &quot;%1&quot; 被使用了两次</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no protocol; the port is treated as TCP</source>
        <translation>未指定协议；该端口按 TCP 处理</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>resolution NONE cannot have endpoints</source>
        <translation>resolution NONE 不能有端点</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>resolution NONE: behind a gateway there is no original destination, so every request gets 503 UH &quot;no healthy upstream&quot; (istio/istio#7426); use DNS or STATIC</source>
        <translation>resolution NONE：在网关后面没有原始目标地址，因此每个请求都会得到 503 UH &quot;no healthy upstream&quot;（istio/istio#7426）；请使用 DNS 或 STATIC</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>resolution DNS without endpoints needs fully qualified hosts, not &quot;%1&quot;</source>
        <translation>没有端点的 resolution DNS 需要完全限定的主机名，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>resolution DNS_ROUND_ROBIN allows at most one endpoint</source>
        <translation>resolution DNS_ROUND_ROBIN 最多允许一个端点</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>resolution STATIC without endpoints: requests get 503 UH &quot;no healthy upstream&quot;</source>
        <translation>没有端点的 resolution STATIC：请求将得到 503 UH &quot;no healthy upstream&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>endpoint address is required</source>
        <translation>端点地址为必填项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>resolution STATIC needs IP addresses; &quot;%1&quot; is a name (use resolution DNS)</source>
        <translation>resolution STATIC 需要 IP 地址；&quot;%1&quot; 是名称（请使用 resolution DNS）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>endpoint port &quot;%1&quot; names no port of this ServiceEntry</source>
        <translation>端点端口 &quot;%1&quot; 不对应此 ServiceEntry 的任何端口</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>maxConnections must be at least 1</source>
        <translation>maxConnections 至少为 1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>maxRequestsPerConnection must not be negative</source>
        <translation>maxRequestsPerConnection 不能为负数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be between 0 and 100</source>
        <translation>必须介于 0 和 100 之间</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>tls mode MUTUAL needs clientCertificate and privateKey</source>
        <translation>TLS 模式 MUTUAL 需要 clientCertificate 和 privateKey</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ISTIO_MUTUAL needs mesh identities; the local engine connects without TLS</source>
        <translation>ISTIO_MUTUAL 需要 mesh 身份；本地引擎将不使用 TLS 进行连接</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no sni: the upstream TLS handshake sends the request&apos;s Host as SNI (set sni explicitly when the upstream expects another name, istio/istio#50997)</source>
        <translation>未设置 sni：上游 TLS 握手会将请求的 Host 作为 SNI 发送（若上游需要其他名称，请显式设置 sni，istio/istio#50997）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>credentialName refers to a Kubernetes secret, which a local gateway cannot read</source>
        <translation>credentialName 引用的是 Kubernetes Secret，本地网关无法读取</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>host is required</source>
        <translation>主机为必填项</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>subset name is required</source>
        <translation>子集名称为必填项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subset &quot;%1&quot; is defined twice</source>
        <translation>子集 &quot;%1&quot; 被定义了两次</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>an HTTP route needs route, redirect or directResponse</source>
        <translation>HTTP 路由需要 route、redirect 或 directResponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an HTTP route cannot have both route and redirect</source>
        <translation>HTTP 路由不能同时包含 route 和 redirect</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>directResponse cannot be combined with route or redirect</source>
        <translation>directResponse 不能与 route 或 redirect 组合使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rewrite cannot be combined with redirect</source>
        <translation>rewrite 不能与 redirect 组合使用</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>header names in matches must be lower-case (&quot;%1&quot;)</source>
        <translation>匹配中的 header 名称必须为小写（&quot;%1&quot;）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>redirect takes uri or prefixRewrite, not both</source>
        <translation>redirect 只能使用 uri 或 prefixRewrite 之一，不能同时使用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>redirectCode %1 is not one of 301, 302, 303, 307, 308</source>
        <translation>redirectCode %1 不是 301、302、303、307、308 之一</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>redirect values must not contain CR or LF</source>
        <translation>redirect 的值不能包含 CR 或 LF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>directResponse needs a status</source>
        <translation>directResponse 需要 status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>status %1 is outside 200-599</source>
        <translation>状态码 %1 超出 200-599 范围</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>body.bytes is not valid base64</source>
        <translation>body.bytes 不是有效的 base64</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rewrite takes uri or uriRegexRewrite, not both</source>
        <translation>rewrite 只能使用 uri 或 uriRegexRewrite 之一，不能同时使用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rewrite values must not contain CR, LF or NUL</source>
        <translation>rewrite 的值不能包含 CR、LF 或 NUL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>regex does not compile</source>
        <translation>正则表达式无法编译</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>attempts must not be negative</source>
        <translation>attempts 不能为负数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a valid retryOn policy: no spaces around the commas</source>
        <translation>“%1”不是有效的 retryOn 策略：逗号前后不能有空格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a valid retryOn policy (5xx, gateway-error, reset, connect-failure, retriable-4xx, refused-stream, retriable-status-codes, an HTTP status code, ...)</source>
        <translation>“%1”不是有效的 retryOn 策略（5xx、gateway-error、reset、connect-failure、retriable-4xx、refused-stream、retriable-status-codes、HTTP 状态码等）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>retries has no attempts (or 0), so retries are off and its other fields do nothing; newer Istio refuses this. Set attempts (Istio&apos;s default is 2)</source>
        <translation>retries 没有 attempts（或为 0），因此重试已关闭，其他字段不起作用；较新的 Istio 会拒绝此配置。请设置 attempts（Istio 默认值为 2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fault needs delay or abort</source>
        <translation>fault 需要 delay 或 abort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>delay needs fixedDelay</source>
        <translation>delay 需要 fixedDelay</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>abort needs httpStatus</source>
        <translation>abort 需要 httpStatus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>httpStatus %1 is outside 200-599</source>
        <translation>httpStatus %1 超出 200-599 范围</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a VirtualService needs at least one http, tls or tcp route</source>
        <translation>VirtualService 至少需要一条 http、tls 或 tcp 路由</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a VirtualService needs at least one host (delegate VirtualServices are not supported locally)</source>
        <translation>VirtualService 至少需要一个主机（本地不支持委托 VirtualService）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;*&quot; is not allowed for the mesh gateway; bind the VirtualService to a gateway</source>
        <translation>mesh gateway 不允许使用 &quot;*&quot;；请将 VirtualService 绑定到某个 gateway</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>host &quot;%1&quot; is listed twice</source>
        <translation>主机 &quot;%1&quot; 被列出了两次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host &quot;%1&quot; overlaps &quot;%2&quot;</source>
        <translation>主机 &quot;%1&quot; 与 &quot;%2&quot; 重叠</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no gateways: this VirtualService applies to the mesh (the forward proxy) only, not to any Gateway</source>
        <translation>未设置 gateways：此 VirtualService 仅适用于 mesh（转发代理），不适用于任何 Gateway</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>route is unreachable: an earlier route matches every request (IST0130)</source>
        <translation>路由不可达：前面的某条路由已匹配所有请求（IST0130）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a tls route needs at least one match</source>
        <translation>tls 路由至少需要一个匹配条件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a tls match needs sniHosts</source>
        <translation>tls 匹配需要 sniHosts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sniHost &quot;%1&quot; is not covered by the VirtualService hosts</source>
        <translation>sniHost &quot;%1&quot; 不在 VirtualService 的 hosts 范围内</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a tls route needs at least one destination</source>
        <translation>tls 路由至少需要一个目标</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a tcp route needs at least one destination</source>
        <translation>tcp 路由至少需要一个目标</translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <location filename="../proxycore/config/yamlreader.cpp" line="+199"/>
        <source>key longer than %1 characters</source>
        <translation>键的长度超过 %1 个字符</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>duplicate key &quot;%1&quot;</source>
        <translation>重复的键 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>YAML syntax error: &apos;,&apos; can only separate items inside [ ] or { }</source>
        <translation>YAML 语法错误：&apos;,&apos; 只能在 [ ] 或 { } 内分隔条目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YAML syntax error: unexpected &apos;%1&apos;</source>
        <translation>YAML 语法错误：意外的“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YAML syntax error: unexpected character</source>
        <translation>YAML 语法错误：意外的字符</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>document too large or too deeply nested (more than %1 nodes after expanding aliases)</source>
        <translation>文档过大或嵌套过深（展开别名后超过 %1 个节点）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>document too large for the memory available</source>
        <translation>文档过大，可用内存不足</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>YAML syntax error: %1</source>
        <translation>YAML 语法错误: %1</translation>
    </message>
</context>
<context>
    <name>formutil</name>
    <message>
        <location filename="../ui/editors/formutil.cpp" line="+110"/>
        <source>Header conditions separated by &quot;;&quot;: name=value (exact), name^=value (prefix), name~=regex</source>
        <translation>header 条件，以 &quot;;&quot; 分隔：name=value（精确）、name^=value（前缀）、name~=regex（正则）</translation>
    </message>
</context>
<context>
    <name>meshgate::AccessLogDetails</name>
    <message>
        <location filename="../ui/logs/accesslogdetails.cpp" line="+25"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Log line</source>
        <translation>日志行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TCP connection</source>
        <translation>TCP 连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested server name</source>
        <translation>请求的服务器名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response code</source>
        <translation>响应码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response flags</source>
        <translation>响应标志</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Response code details</source>
        <translation>响应码详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection termination details</source>
        <translation>连接终止详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes received</source>
        <translation>接收字节数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes sent</source>
        <translation>发送字节数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Upstream service time</source>
        <translation>上游服务耗时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Route</source>
        <translation>路由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream cluster</source>
        <translation>上游集群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream host</source>
        <translation>上游主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream local address</source>
        <translation>上游本地地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream transport failure reason</source>
        <translation>上游传输失败原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downstream remote address</source>
        <translation>下游远端地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downstream local address</source>
        <translation>下游本地地址</translation>
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
        <translation>请求 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request header %1</source>
        <translation>请求头 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response header %1</source>
        <translation>响应头 %1</translation>
    </message>
</context>
<context>
    <name>meshgate::AccessLogModel</name>
    <message>
        <location filename="../ui/logs/accesslogmodel.cpp" line="+139"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host / SNI</source>
        <translation>主机 / SNI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flags</source>
        <translation>标志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes in</source>
        <translation>入站字节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes out</source>
        <translation>出站字节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream host</source>
        <translation>上游主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route</source>
        <translation>路由</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
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
        <translation>过滤(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the filter</source>
        <translation>编辑过滤条件</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+182"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop adding rows; new entries wait and are added on resume</source>
        <translation>停止添加行；新条目会暂存，并在恢复时添加</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>F&amp;ollow</source>
        <translation>跟随(&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the newest entry in view (scrolling up turns this off)</source>
        <translation>保持显示最新条目（向上滚动会关闭此功能）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Go to the &amp;newest entry</source>
        <translation>转到最新条目(&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+End</source>
        <translation>Ctrl+End</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll to the newest entry and follow new ones</source>
        <translation>滚动到最新条目并跟随新条目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear</source>
        <translation>清空(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove every entry from the table</source>
        <translation>从表格中移除所有条目</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy line</source>
        <translation>复制行(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the selected entries in the active log format</source>
        <translation>以当前日志格式复制所选条目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the rows that pass the filter as JSON lines, CSV or log text</source>
        <translation>将通过过滤的行保存为 JSON Lines、CSV 或日志文本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Details</source>
        <translation>详细信息(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show every field of the selected entry</source>
        <translation>显示所选条目的所有字段</translation>
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
        <translation>选择要显示的列</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Buffer size…</source>
        <translation>缓冲区大小(&amp;B)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many entries the table keeps before dropping the oldest</source>
        <translation>表格在丢弃最旧条目之前保留的条目数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Trace this request</source>
        <translation>追踪此请求(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain how the route table handles this request</source>
        <translation>解释路由表如何处理此请求</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+265"/>
        <source>Create &amp;ServiceEntry/VirtualService for this host</source>
        <translation>为此主机创建 ServiceEntry/VirtualService(&amp;S)</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Route this host, which has no route yet</source>
        <translation>为这个尚无路由的主机配置路由</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Filter: words, status:5xx, host:httpbin.org, flag:NR, method:POST, path:/status, -status:2xx</source>
        <translation>过滤：关键词、status:5xx、host:httpbin.org、flag:NR、method:POST、path:/status、-status:2xx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;Free words must all appear somewhere in the entry. Fields:&lt;br&gt;&lt;b&gt;status:&lt;/b&gt;5xx, 404 or 0 &amp;nbsp; &lt;b&gt;host:&lt;/b&gt;name or *.suffix &amp;nbsp; &lt;b&gt;flag:&lt;/b&gt;NR, UF, none, any&lt;br&gt;&lt;b&gt;method:&lt;/b&gt;POST, TCP, TLS &amp;nbsp; &lt;b&gt;path:&lt;/b&gt;/prefix &amp;nbsp; &lt;b&gt;cluster: route: client: upstream:&lt;/b&gt; contains&lt;/p&gt;&lt;p&gt;The same field twice or a comma list means either (status:4xx,5xx); a leading - excludes (-status:2xx).&lt;/p&gt;</source>
        <translation>&lt;p&gt;所有自由关键词都必须出现在条目中的某处。字段：&lt;br&gt;&lt;b&gt;status:&lt;/b&gt;5xx、404 或 0 &amp;nbsp; &lt;b&gt;host:&lt;/b&gt;名称或 *.后缀 &amp;nbsp; &lt;b&gt;flag:&lt;/b&gt;NR、UF、none、any&lt;br&gt;&lt;b&gt;method:&lt;/b&gt;POST、TCP、TLS &amp;nbsp; &lt;b&gt;path:&lt;/b&gt;/前缀 &amp;nbsp; &lt;b&gt;cluster: route: client: upstream:&lt;/b&gt; 包含匹配&lt;/p&gt;&lt;p&gt;同一字段出现两次或使用逗号列表表示“任一”（status:4xx,5xx）；前缀 - 表示排除（-status:2xx）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Rows shown / rows the table keeps at most; the oldest are dropped beyond that</source>
        <translation>显示的行数 / 表格最多保留的行数；超出时丢弃最旧的行</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · filtered from %1</source>
        <translation> · 从 %1 条中筛选</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 dropped</source>
        <translation> · 已丢弃 %1 条</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · paused, %1 waiting</source>
        <translation> · 已暂停，%1 条等待中</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filter not applied: %1</source>
        <translation>过滤条件未应用：%1</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Create &amp;ServiceEntry/VirtualService for %1</source>
        <translation>为 %1 创建 ServiceEntry/VirtualService(&amp;S)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Reset columns</source>
        <translation>重置列</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, visible columns (*.csv)</source>
        <translation>CSV，可见列 (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text in the active log format (*.log *.txt)</source>
        <translation>当前日志格式的文本 (*.log *.txt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>Export Access Log</source>
        <translation>导出访问日志</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Access Log Buffer</source>
        <translation>访问日志缓冲区</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entries to keep (the oldest are dropped):</source>
        <translation>保留的条目数（最旧的将被丢弃）：</translation>
    </message>
</context>
<context>
    <name>meshgate::AccessLogWriter</name>
    <message>
        <location filename="../proxycore/log/accesslogwriter.cpp" line="+117"/>
        <source>cannot open access log %1: %2</source>
        <translation>无法打开访问日志 %1: %2</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>cannot write access log %1: %2</source>
        <translation>无法写入访问日志 %1: %2</translation>
    </message>
</context>
<context>
    <name>meshgate::ApplyDialog</name>
    <message>
        <location filename="../ui/apply/applydialog.cpp" line="+120"/>
        <source>Apply configuration</source>
        <translation>应用配置</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>No changes: the running configuration is the same.</source>
        <translation>没有变更：与正在运行的配置相同。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n line(s) added</source>
        <translation>
            <numerusform>新增 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n line(s) removed</source>
        <translation>
            <numerusform>删除 %n 行</numerusform>
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
        <translation>。监听器和路由的变更不会中断正在进行的连接。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n field(s) Istio does not know: the engine ignores them, as Istio would if it accepted them (a misspelt match condition matches everything), and a strict API server refuses the resource:</source>
        <translation>
            <numerusform>%n 个 Istio 不认识的字段：引擎会忽略它们（与 Istio 接受它们时一样，拼错的匹配条件会匹配所有请求），严格的 API 服务器会拒绝该资源：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meshgate::DesktopShell</name>
    <message>
        <location filename="../ui/desktop/desktopshell.cpp" line="+58"/>
        <source>Route map</source>
        <translation>路由图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route &amp;Map</source>
        <translation>路由图(&amp;M)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Restart Engine</source>
        <translation>重启引擎(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the engine and start it again with the current settings</source>
        <translation>停止引擎并以当前设置重新启动</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;ngine</source>
        <translation>引擎(&amp;N)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Access log</source>
        <translation>访问日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic</source>
        <translation>流量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listeners</source>
        <translation>监听器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route tracer</source>
        <translation>路由追踪</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Access &amp;Log</source>
        <translation>访问日志(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Traffic</source>
        <translation>流量(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>L&amp;isteners</source>
        <translation>监听器(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route Tra&amp;cer</source>
        <translation>路由追踪(&amp;C)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Traffic &amp;Beside Access Log</source>
        <translation>流量与访问日志并排(&amp;B)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The new language applies when Meshgate starts again.</source>
        <translation>新语言将在 Meshgate 下次启动时生效。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restart the engine?</source>
        <translation>要重启引擎吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The engine runs with the previous settings. Restart it now to use the new ones? Connections in flight are given a few seconds to finish.</source>
        <translation>引擎仍在使用之前的设置运行。要立即重启以使用新设置吗？进行中的连接将有几秒钟时间完成。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The new engine settings apply at the next start.</source>
        <translation>新的引擎设置将在下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>meshgate::DestinationRuleForm</name>
    <message>
        <location filename="../ui/editors/destinationruleform.cpp" line="+90"/>
        <source>default: the request&apos;s host</source>
        <translation>默认：请求的主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default: the system store</source>
        <translation>默认：系统证书存储</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>for MUTUAL</source>
        <translation>用于 MUTUAL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>names the server certificate must carry</source>
        <translation>服务器证书必须包含的名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip certificate verification (insecure)</source>
        <translation>跳过证书验证（不安全）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>unlimited</source>
        <translation>无限制</translation>
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
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Own policy</source>
        <translation>独立策略</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+75"/>
        <source>Add subset</source>
        <translation>添加子集</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>The service this rule applies to, usually a ServiceEntry host</source>
        <translation>此规则适用的服务，通常是某个 ServiceEntry 主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(default: LEAST_REQUEST)</source>
        <translation>（默认：LEAST_REQUEST）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none: plain connection)</source>
        <translation>（无：明文连接）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SIMPLE originates TLS to the upstream; MUTUAL also presents a client certificate</source>
        <translation>SIMPLE 向上游发起 TLS；MUTUAL 还会出示客户端证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint labels, key=value separated by commas</source>
        <translation>端点标签，key=value 格式，以逗号分隔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upstream TLS</source>
        <translation>上游 TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mode</source>
        <translation>模式(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SN&amp;I</source>
        <translation>SNI(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificates</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client certificate</source>
        <translation>客户端证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject alt names</source>
        <translation>主题备用名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection pool</source>
        <translation>连接池</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max connections</source>
        <translation>最大连接数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect timeout</source>
        <translation>连接超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max requests per connection</source>
        <translation>每个连接的最大请求数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max pending requests</source>
        <translation>最大挂起请求数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle timeout</source>
        <translation>空闲超时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outlier detection</source>
        <translation>异常检测</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consecutive 5xx errors</source>
        <translation>连续 5xx 错误数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interval</source>
        <translation>检测间隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base ejection time</source>
        <translation>基础驱逐时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max ejection %</source>
        <translation>最大驱逐比例 %</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ho&amp;st</source>
        <translation>主机(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Load balancer</source>
        <translation>负载均衡器(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subsets</source>
        <translation>子集</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove subset</source>
        <translation>移除子集</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>yes (edit in YAML)</source>
        <translation>是（在 YAML 中编辑）</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Edit DestinationRule %1</source>
        <translation>编辑 DestinationRule %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit subset %1</source>
        <translation>编辑子集 %1</translation>
    </message>
</context>
<context>
    <name>meshgate::DocumentController</name>
    <message>
        <location filename="../ui/documentcontroller.cpp" line="+68"/>
        <source>Reloaded %1: it was changed on disk</source>
        <translation>已重新加载 %1：它在磁盘上被修改</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was changed on disk; your unsaved edits are kept, and Save will ask before replacing that version</source>
        <translation>%1 已在磁盘上被修改；您未保存的编辑会保留，保存时会在替换该版本前询问</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was changed on disk and does not load; the workspace is as it was (see Problems)</source>
        <translation>%1 已在磁盘上被修改但无法加载；工作区保持原样（见“问题”面板）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;New Workspace</source>
        <translation>新建工作区(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open E&amp;xample</source>
        <translation>打开示例(&amp;X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from &amp;Clipboard</source>
        <translation>从剪贴板导入(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent &amp;Files</source>
        <translation>最近的文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import YAML copied from documentation; a surrounding &quot;kubectl apply -f - &lt;&lt;EOF&quot; … &quot;EOF&quot; is removed</source>
        <translation>导入从文档中复制的 YAML；外层的 &quot;kubectl apply -f - &lt;&lt;EOF&quot; … &quot;EOF&quot; 会被去除</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import Resources</source>
        <translation>导入资源</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import from Clipboard</source>
        <translation>从剪贴板导入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The clipboard holds no text.</source>
        <translation>剪贴板中没有文本。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>clipboard</source>
        <translation>剪贴板</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open Recent</source>
        <translation>打开最近的文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 no longer exists.</source>
        <translation>%1 已不存在。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Clear Recent Files</source>
        <translation>清除最近的文件(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>… and %n more (see Problems)</source>
        <translation>
            <numerusform>… 以及另外 %n 项（见“问题”）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+7"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Could not open %1. The current workspace was kept.</source>
        <translation>无法打开 %1。已保留当前工作区。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Opened %1: %n resource(s)</source>
        <translation>
            <numerusform>已打开 %1：%n 个资源</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Some documents were not understood; they are kept as written and shown in Problems.</source>
        <translation>部分文档无法识别；它们将按原样保留，并显示在“问题”中。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Example</source>
        <translation>打开示例</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The example is not part of this build.</source>
        <translation>此构建中不包含示例。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+23"/>
        <location line="+22"/>
        <location line="+7"/>
        <location line="+3"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <location line="-54"/>
        <source>Add the imported resources to the %n resource(s) in this workspace, or replace them?</source>
        <translation>
            <numerusform>将导入的资源添加到此工作区现有的 %n 个资源中，还是替换它们？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Either way, Undo takes the import back in one step.</source>
        <translation>无论哪种方式，“撤销”都可一步撤回此次导入。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add (merge)</source>
        <translation>添加（合并）(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 already exists in this workspace.</source>
        <translation>此工作区中已存在 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replace It</source>
        <translation>替换(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep Both</source>
        <translation>保留两者(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip</source>
        <translation>跳过(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do this for the remaining clashes</source>
        <translation>对其余冲突执行相同操作</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was imported from %1: it is not valid YAML.</source>
        <translation>未从 %1 导入任何内容：它不是有效的 YAML。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n added</source>
        <translation>
            <numerusform>已添加 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n replaced</source>
        <translation>
            <numerusform>已替换 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>已跳过 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported from %1 (%2), but some documents were left out.</source>
        <translation>已从 %1 导入（%2），但有部分文档被略过。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds no Istio networking resources.</source>
        <translation>%1 中没有 Istio 网络资源。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported from %1: %2</source>
        <translation>已从 %1 导入：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
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
        <translation>%1 的 YAML 中有无法解析的更改。保存时将写入其最后一个有效版本。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 was changed on disk by another program since it was opened or last saved here. Saving replaces those changes with this workspace (the version on disk is kept as a .bak file).</source>
        <translation>自在此打开或上次保存以来，%1 已被其他程序在磁盘上修改。保存将用此工作区替换这些修改（磁盘上的版本保留为 .bak 文件）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file on disk was not changed.</source>
        <translation>磁盘上的文件未被更改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1 (previous version kept as %2)</source>
        <translation>已保存 %1（之前的版本保留为 %2）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save Workspace As</source>
        <translation>工作区另存为</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save As</source>
        <translation>另存为</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The YAML of %1 has changes that do not parse. Save writes the last valid version; Save and Discard both lose the text typed since. Cancel to fix it.</source>
        <translation>%1 的 YAML 中有无法解析的更改。保存会写入最后一个有效版本；保存和放弃都会丢失此后输入的文本。请取消以修正它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>%1 has changes that are not saved.</source>
        <translation>%1 有未保存的更改。</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+20"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>There is nothing to export yet.</source>
        <translation>目前还没有可导出的内容。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Copied %n resource(s) to the clipboard</source>
        <translation>
            <numerusform>已将 %n 个资源复制到剪贴板</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export To</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Exported %n resource(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个资源导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Another Meshgate is running: unsaved edits in this window are not kept for crash recovery.</source>
        <translation>另一个 Meshgate 正在运行：此窗口中未保存的修改不会为崩溃恢复而保留。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore Unsaved Changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meshgate ended without saving the changes to %1 (last recorded %2). Restore them?</source>
        <translation>Meshgate 上次退出时未保存对 %1 的更改（最后记录于 %2）。是否恢复？</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>recovered changes</source>
        <translation>恢复的更改</translation>
    </message>
</context>
<context>
    <name>meshgate::EngineController</name>
    <message>
        <location filename="../ui/apply/enginecontroller.cpp" line="+22"/>
        <source>&amp;Start Engine</source>
        <translation>启动引擎(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top Engine</source>
        <translation>停止引擎(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply…</source>
        <translation>应用(&amp;A)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the listeners of the workspace&apos;s Gateways (Ctrl+F5)</source>
        <translation>打开工作区中各 Gateway 的监听器（Ctrl+F5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close all listeners after in-flight requests finish (Shift+F5)</source>
        <translation>在进行中的请求完成后关闭所有监听器（Shift+F5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what changes, then hot-reload the running engine (F5)</source>
        <translation>显示变更内容，然后热重载正在运行的引擎（F5）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not started: the workspace has errors (see Problems).</source>
        <translation>未启动：工作区存在错误（见“问题”）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The engine could not start: the configuration was refused.</source>
        <translation>引擎无法启动：配置被拒绝。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Engine started.</source>
        <translation>引擎已启动。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Engine started, but %n listener(s) could not open (see Listeners).</source>
        <translation>
            <numerusform>引擎已启动，但有 %n 个监听器无法打开（请查看“监听器”）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Engine stopped.</source>
        <translation>引擎已停止。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not applied: fix the errors in Problems first; the running configuration stays.</source>
        <translation>未应用：请先修复“问题”中的错误；继续使用正在运行的配置。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not applied: %1. The running configuration stays.</source>
        <translation>未应用：%1。运行中的配置保持不变。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applied: the engine refused the configuration; the running one stays.</source>
        <translation>未应用：引擎拒绝了该配置；继续使用正在运行的配置。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Configuration applied (generation %1).</source>
        <translation>配置已应用（第 %1 代）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The configuration was not applied. The running configuration stays.</source>
        <translation>配置未应用。正在运行的配置保持不变。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>

Free the port or choose another one (the Gateway&apos;s port, --port-offset, --mesh-port or --admin-port), then Apply again.</source>
        <translation>

请释放该端口或另选一个端口（网关的端口、--port-offset、--mesh-port 或 --admin-port），然后再次应用。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>running %1</source>
        <translation>运行中 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>running %1 · not listening on %2</source>
        <translation>运行中 %1 · 未在 %2 上监听</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>modified (Apply to use it)</source>
        <translation>已修改（点击“应用”以生效）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>errors (still running the last applied configuration)</source>
        <translation>有错误（仍在运行上次应用的配置）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>errors</source>
        <translation>有错误</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
</context>
<context>
    <name>meshgate::ExportDialog</name>
    <message>
        <location filename="../ui/common/exportdialog.cpp" line="+30"/>
        <source>Export Resources</source>
        <translation>导出资源</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep each resource&apos;s apiVersion</source>
        <translation>保留每个资源的 apiVersion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>v1 needs Istio 1.22 or later; v1beta1 works from 1.5; v1alpha3 everywhere</source>
        <translation>v1 需要 Istio 1.22 或更高版本；v1beta1 从 1.5 起可用；v1alpha3 适用于所有版本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;None</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Save to File…</source>
        <translation>保存到文件(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy to Clipboard</source>
        <translation>复制到剪贴板(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>API &amp;version</source>
        <translation>API 版本(&amp;V)</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n resource(s) selected</source>
        <translation>
            <numerusform>已选择 %n 个资源</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n field(s) Istio does not know are exported as written; an API server with strict field validation refuses such a resource. Fix them in the YAML tab, or export anyway:</source>
        <translation>
            <numerusform>%n 个 Istio 不认识的字段将按原样导出；启用严格字段校验的 API 服务器会拒绝这样的资源。请在 YAML 标签页中修正，或仍然导出：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n error(s) in Problems belong to these resources and are exported as they are:</source>
        <translation>
            <numerusform>“问题”中有 %n 个错误属于这些资源，将按原样导出：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… 另有 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meshgate::GatewayForm</name>
    <message>
        <location filename="../ui/editors/gatewayform.cpp" line="+40"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Port name</source>
        <translation>端口名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TLS mode</source>
        <translation>TLS 模式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hosts</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bind</source>
        <translation>绑定地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credential</source>
        <translation>凭据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add server</source>
        <translation>添加 server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>istio=ingressgateway</source>
        <translation>istio=ingressgateway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels of the gateway workload, as key=value separated by commas</source>
        <translation>网关工作负载的标签，key=value 格式，以逗号分隔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hosts this server exposes, separated by commas (&quot;*&quot; for all; &quot;ns/host&quot; to limit namespaces)</source>
        <translation>此 server 公开的主机，以逗号分隔（&quot;*&quot; 表示全部；&quot;ns/host&quot; 用于限定命名空间）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server certificate file (PEM), for TLS mode SIMPLE or MUTUAL</source>
        <translation>服务器证书文件（PEM），用于 TLS 模式 SIMPLE 或 MUTUAL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private key file (PEM), for TLS mode SIMPLE or MUTUAL</source>
        <translation>私钥文件（PEM），用于 TLS 模式 SIMPLE 或 MUTUAL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each server opens a listener on its port. PASSTHROUGH forwards TLS untouched by SNI; SIMPLE terminates TLS with the certificate and key.</source>
        <translation>每个 server 在其端口上打开一个监听器。PASSTHROUGH 按 SNI 原样转发 TLS；SIMPLE 使用证书和私钥终止 TLS。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Selector</source>
        <translation>选择器(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Servers</source>
        <translation>server 列表</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>port %1 not at all (%2)</source>
        <translation>端口 %1 不提供服务（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>port %1 nowhere (the port offset makes it %2)</source>
        <translation>端口 %1 无处监听（端口偏移使其变为 %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>port %1 not at all (%2 already serves port %3; change a port or the port offset)</source>
        <translation>端口 %1 不提供服务（%2 已在为端口 %3 提供服务；请更改端口或端口偏移）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>port %1 as %2 not at all (%3 already serves another protocol or TLS mode)</source>
        <translation>作为 %2 的端口 %1 不提供服务（%3 已在提供另一种协议或 TLS 模式）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>port %1 at %2</source>
        <translation>端口 %1 位于 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On this machine the engine serves %1. The port offset and the address come from Edit ▸ Preferences or the command line.</source>
        <translation>在本机上，引擎在 %1 提供服务。端口偏移和地址来自“编辑 ▸ 首选项”或命令行。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Edit Gateway selector</source>
        <translation>编辑 Gateway 选择器</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Edit Gateway server %1</source>
        <translation>编辑 Gateway server %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add Gateway server</source>
        <translation>添加 Gateway server</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove Gateway server %1</source>
        <translation>移除 Gateway server %1</translation>
    </message>
</context>
<context>
    <name>meshgate::HttpRouteEditor</name>
    <message>
        <location filename="../ui/editors/httprouteeditor.cpp" line="+53"/>
        <source>URI match</source>
        <translation>URI 匹配</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Headers</source>
        <translation>请求头</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Gateways</source>
        <translation>Gateways</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add match</source>
        <translation>添加匹配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subset</source>
        <translation>子集</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add destination</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional; shows in access logs</source>
        <translation>可选；显示在访问日志中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 5s; default: none</source>
        <translation>例如 5s；默认：无</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many times a failed request is tried again. 0 turns retries off.</source>
        <translation>失败的请求再次尝试的次数。0 表示关闭重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2s; default: the route timeout</source>
        <translation>例如 2s；默认：路由的超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time each attempt may take, the first one included</source>
        <translation>每次尝试（包括第一次）可用的时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 5xx,reset,connect-failure,gateway-error</source>
        <translation>例如 5xx,reset,connect-failure,gateway-error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions that retry a request, separated by commas: 5xx, gateway-error, reset, reset-before-request, connect-failure, refused-stream, retriable-4xx, retriable-status-codes, or status codes such as 503.
Empty: connect-failure,refused-stream,unavailable,cancelled,retriable-status-codes (with 503).</source>
        <translation>触发重试的条件，以逗号分隔：5xx、gateway-error、reset、reset-before-request、connect-failure、refused-stream、retriable-4xx、retriable-status-codes，或 503 等状态码。
为空时：connect-failure,refused-stream,unavailable,cancelled,retriable-status-codes（含 503）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only requests arriving through these gateways (&quot;mesh&quot; for sidecars), separated by commas</source>
        <translation>仅限经由这些 gateway 到达的请求（&quot;mesh&quot; 表示 sidecar），以逗号分隔</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Route &amp;name</source>
        <translation>路由名称(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeout</source>
        <translation>超时(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry atte&amp;mpts</source>
        <translation>重试次数(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Per-try timeout</source>
        <translation>每次尝试超时(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retry on</source>
        <translation>重试条件(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match any of</source>
        <translation>匹配以下任一条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destinations</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add match to route %1</source>
        <translation>向路由 %1 添加匹配</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove match from route %1</source>
        <translation>从路由 %1 移除匹配</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove destination from route %1</source>
        <translation>从路由 %1 移除目标</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>not set: no retries</source>
        <translation>未设置：不重试</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Istio&apos;s default: 2</source>
        <translation>Istio 默认：2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Also set on this route (edit in the YAML tab): %1</source>
        <translation>此路由上还设置了（请在 YAML 选项卡中编辑）：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit route %1</source>
        <translation>编辑路由 %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit retries of route %1</source>
        <translation>编辑路由 %1 的重试</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Edit match %1 of route %2</source>
        <translation>编辑路由 %2 的匹配 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit destination %1 of route %2</source>
        <translation>编辑路由 %2 的目标 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add destination to route %1</source>
        <translation>向路由 %1 添加目标</translation>
    </message>
</context>
<context>
    <name>meshgate::ListenersModel</name>
    <message>
        <location filename="../ui/engine/listenersmodel.cpp" line="+51"/>
        <source>listening</source>
        <translation>监听中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>mesh (forward proxy)</source>
        <translation>mesh（转发代理）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admin endpoint: /stats/prometheus, /config_dump, /clusters, /ready</source>
        <translation>管理端点：/stats/prometheus、/config_dump、/clusters、/ready</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Gateway port %1 listens on local port %2 (port offset)</source>
        <translation>Gateway 端口 %1 监听于本地端口 %2（端口偏移）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Listening on</source>
        <translation>监听地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateway port</source>
        <translation>Gateway 端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateways</source>
        <translation>Gateways</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections</source>
        <translation>连接数</translation>
    </message>
</context>
<context>
    <name>meshgate::ListenersPanel</name>
    <message>
        <location filename="../ui/engine/listenerspanel.cpp" line="+21"/>
        <source>&amp;Copy address</source>
        <translation>复制地址(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trace a request on this port</source>
        <translation>追踪此端口上的请求(&amp;T)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Not listening: no configuration applied, or no Gateway server Meshgate can serve.</source>
        <translation>未在监听：尚未应用配置，或没有 Meshgate 能够提供服务的 Gateway server。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n port(s) listening.</source>
        <translation>
            <numerusform>%n 个端口正在监听。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 listening, %2 failed: a port that is in use or needs privileges stays closed until the next apply.</source>
        <translation>%1 个正在监听，%2 个失败：被占用或需要特权的端口将保持关闭，直到下次应用。</translation>
    </message>
</context>
<context>
    <name>meshgate::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+117"/>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+343"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+6"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Find Resource</source>
        <translation>查找资源(&amp;F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Form</source>
        <translation>表单(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;YAML</source>
        <translation>YAML(&amp;Y)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;sources</source>
        <translation>资源(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;anels</source>
        <translation>面板(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show or hide the panels below the editor</source>
        <translation>显示或隐藏编辑器下方的面板</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Problems</source>
        <translation>问题(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Problem</source>
        <translation>下一个问题(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;revious Problem</source>
        <translation>上一个问题(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Meshgate</source>
        <translation>关于 Meshgate(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Meshgate</source>
        <translation>关于 Meshgate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Meshgate %1&lt;/h3&gt;&lt;p&gt;Makes this computer behave like an Istio ingress gateway: Gateway, ServiceEntry, DestinationRule and VirtualService YAML drive a local proxy.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Meshgate %1&lt;/h3&gt;&lt;p&gt;让这台计算机像 Istio 入口网关一样工作：由 Gateway、ServiceEntry、DestinationRule 和 VirtualService 的 YAML 驱动本地代理。&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>This problem is about a file, not a resource in the workspace</source>
        <translation>此问题与文件有关，而不是工作区中的资源</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Meshgate — %1 ● modified</source>
        <translation>Meshgate — %1 ● 已修改</translation>
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
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems (%1)</source>
        <translation>问题 (%1)</translation>
    </message>
</context>
<context>
    <name>meshgate::ProblemsModel</name>
    <message>
        <location filename="../ui/editors/problemsmodel.cpp" line="+44"/>
        <source>YAML tab (not parsed yet) %1:%2</source>
        <translation>YAML 选项卡（尚未解析）%1:%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
</context>
<context>
    <name>meshgate::ResourceEditor</name>
    <message>
        <location filename="../ui/editors/resourceeditor.cpp" line="+56"/>
        <source>Discard YAML changes</source>
        <translation>放弃 YAML 更改</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;h3&gt;No resource selected&lt;/h3&gt;&lt;p&gt;Pick a resource on the left, or open a file (Ctrl+O), import YAML (Ctrl+I), paste it from the clipboard (Ctrl+Shift+V) or add a resource from the Edit menu.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;未选择资源&lt;/h3&gt;&lt;p&gt;请在左侧选择一个资源，或打开文件（Ctrl+O）、导入 YAML（Ctrl+I）、从剪贴板粘贴（Ctrl+Shift+V），或通过“编辑”菜单添加资源。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>F&amp;orm</source>
        <translation>表单(&amp;O)</translation>
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
        <translation>metadata.name；重命名 Gateway 时也会更新使用它的 VirtualService</translation>
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
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Show YAML</source>
        <translation>显示 YAML</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>YAML of %1 that does not parse</source>
        <translation>%1 中无法解析的 YAML</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>typing in the YAML of %1</source>
        <translation>在 %1 的 YAML 中的输入</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The YAML tab has changes that do not parse yet%1. The form shows the last valid version and is locked until the YAML is fixed or its changes are discarded.</source>
        <translation>YAML 选项卡中有尚无法解析的更改%1。表单显示最后一个有效版本，并会保持锁定，直到 YAML 被修复或其更改被放弃。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This resource&apos;s YAML has errors the form cannot show%1; editing the form would drop that part. Fix it in the YAML tab.</source>
        <translation>此资源的 YAML 中有表单无法显示的错误%1；在表单中编辑将丢弃该部分。请在 YAML 选项卡中修复。</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+2"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;YAML (%1)</source>
        <translation>YAML(&amp;Y) (%1)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is already a %1 named &quot;%2&quot;.</source>
        <translation>已存在名为 &quot;%2&quot; 的 %1。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move %1 to namespace %2</source>
        <translation>将 %1 移动到命名空间 %2</translation>
    </message>
</context>
<context>
    <name>meshgate::ResourceNavigator</name>
    <message>
        <location filename="../ui/editors/resourcenavigator.cpp" line="+94"/>
        <source>Filter resources</source>
        <translation>筛选资源</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Add Resource</source>
        <translation>添加资源(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;%1</source>
        <translation>添加 &amp;%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dupl&amp;icate Resource</source>
        <translation>复制资源(&amp;I)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Delete Resource</source>
        <translation>删除资源(&amp;D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;name Resource</source>
        <translation>重命名资源(&amp;N)</translation>
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
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The YAML tab has an edit that does not parse yet</source>
        <translation>YAML 选项卡中有一处尚无法解析的编辑</translation>
    </message>
</context>
<context>
    <name>meshgate::RouteMapPanel</name>
    <message>
        <location filename="../ui/routemap/routemappanel.cpp" line="+31"/>
        <source>Click a box to open its resource. Drag to pan, Ctrl+wheel to zoom.</source>
        <translation>点击方框可打开对应的资源。拖动可平移，Ctrl+滚轮可缩放。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit</source>
        <translation>适应面板(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shrink the map to fit the panel</source>
        <translation>缩小路由图以适应面板</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>The workspace has errors (see Problems): showing the last valid configuration.</source>
        <translation>工作区存在错误（见“问题”）：正在显示最后一个有效的配置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing listens: add a Gateway with a server, or set a mesh port in Settings.</source>
        <translation>没有任何监听：请添加带有 server 的 Gateway，或在首选项中设置 mesh 端口。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running configuration (generation %1). Edges show the requests counted since it was applied and the requests per second, updated every second.</source>
        <translation>正在运行的配置（第 %1 代）。连线显示自应用以来统计的请求数和每秒请求数，每秒更新一次。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspace&apos;s configuration; the engine is stopped, so there is no traffic to show.</source>
        <translation>工作区的配置；引擎已停止，因此没有可显示的流量。</translation>
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
        <translation>监听器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Virtual hosts</source>
        <translation>虚拟主机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Routes</source>
        <translation>路由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destinations</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Endpoints</source>
        <translation>端点</translation>
    </message>
</context>
<context>
    <name>meshgate::RouteTracerPanel</name>
    <message>
        <location filename="../ui/engine/routetracerpanel.cpp" line="+61"/>
        <source>GET http://httpbin.org/status/418 gateway=proxy port=80   or   TLS edition.cnn.com gateway=proxy port=443</source>
        <translation>GET http://httpbin.org/status/418 gateway=proxy port=80   或   TLS edition.cnn.com gateway=proxy port=443</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;A request in one line: METHOD URL-or-path, then gateway=NAME (or mesh), port=N, host=, sni=, scheme= and header:NAME=VALUE. &lt;b&gt;TLS&lt;/b&gt; name describes a TLS connection.&lt;/p&gt;</source>
        <translation>&lt;p&gt;用一行描述请求：METHOD URL 或路径，然后是 gateway=NAME（或 mesh）、port=N、host=、sni=、scheme= 和 header:NAME=VALUE。&lt;b&gt;TLS&lt;/b&gt; 名称 表示一个 TLS 连接。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trace</source>
        <translation>追踪(&amp;T)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>HTTP request</source>
        <translation>HTTP 请求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS connection (SNI)</source>
        <translation>TLS 连接（SNI）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>one header per line, e.g. x-user: alice</source>
        <translation>每行一个请求头，例如 x-user: alice</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+184"/>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H):</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>P&amp;ath:</source>
        <translation>路径(&amp;A):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Re&amp;quest:</source>
        <translation>请求(&amp;Q):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Gateway:</source>
        <translation>Gateway(&amp;G):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Method:</source>
        <translation>方法(&amp;M):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;cheme:</source>
        <translation>协议方案(&amp;C):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>H&amp;eaders:</source>
        <translation>请求头(&amp;E):</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Considered</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trace</source>
        <translation>追踪</translation>
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
        <translation>复制说明(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the request line</source>
        <translation>编辑请求行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>ports %1</source>
        <translation>端口 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the mesh forward proxy</source>
        <translation>mesh 转发代理</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;SNI:</source>
        <translation>SNI(&amp;S):</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Cannot trace: %1</source>
        <translation>无法追踪：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No configuration applied yet: apply one to trace requests against it.</source>
        <translation>尚未应用任何配置：请先应用配置，再针对它追踪请求。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the SNI name, or a whole request line, to see how the connection is routed.</source>
        <translation>输入 SNI 名称或完整的请求行，即可查看该连接如何路由。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a host, or a whole request line, to see how the request is routed.</source>
        <translation>输入主机或完整的请求行，即可查看该请求如何路由。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Forwarded %1</source>
        <translation>已转发 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not forwarded: %1</source>
        <translation>未转发：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not answered</source>
        <translation>未应答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>结论</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>forwarded</source>
        <translation>已转发</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>answered locally</source>
        <translation>本地应答</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>response flags</source>
        <translation>响应标志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>listener</source>
        <translation>监听器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>virtual host</source>
        <translation>虚拟主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>route</source>
        <translation>路由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location</source>
        <translation>Location</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n considered</source>
        <translation>
            <numerusform>已检查 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>meshgate::ServiceEntryForm</name>
    <message>
        <location filename="../ui/editors/serviceentryform.cpp" line="+51"/>
        <source>Number</source>
        <translation>端口号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target port</source>
        <translation>目标端口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add port</source>
        <translation>添加端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+36"/>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Locality</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add endpoint</source>
        <translation>添加端点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>api.example.com, *.example.org</source>
        <translation>api.example.com, *.example.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host names this entry adds to the registry, separated by commas</source>
        <translation>此条目添加到注册表中的主机名，以逗号分隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional virtual IPs or CIDRs</source>
        <translation>可选的虚拟 IP 或 CIDR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(default: NONE)</source>
        <translation>（默认：NONE）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NONE: connect to the address the client asked for; STATIC: the endpoints&apos; IPs; DNS: resolve the host (or endpoint names) and balance over all answers; DNS_ROUND_ROBIN: use the first answer per connection</source>
        <translation>NONE：连接到客户端请求的地址；STATIC：使用端点的 IP；DNS：解析主机（或端点名称）并在所有解析结果间均衡；DNS_ROUND_ROBIN：每个连接使用第一个解析结果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(default: MESH_EXTERNAL)</source>
        <translation>（默认：MESH_EXTERNAL）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Per-port overrides: portname=number, separated by commas</source>
        <translation>按端口覆盖：portname=number，以逗号分隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key=value, separated by commas</source>
        <translation>key=value，以逗号分隔</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ho&amp;sts</source>
        <translation>主机(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Addresses</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolution</source>
        <translation>解析方式(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Location</source>
        <translation>位置(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endpoints</source>
        <translation>端点</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add ServiceEntry port</source>
        <translation>添加 ServiceEntry 端口</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove ServiceEntry port</source>
        <translation>移除 ServiceEntry 端口</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add ServiceEntry endpoint</source>
        <translation>添加 ServiceEntry 端点</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove ServiceEntry endpoint</source>
        <translation>移除 ServiceEntry 端点</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Edit ServiceEntry hosts</source>
        <translation>编辑 ServiceEntry 主机</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit ServiceEntry resolution</source>
        <translation>编辑 ServiceEntry 解析方式</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Edit ServiceEntry port %1</source>
        <translation>编辑 ServiceEntry 端口 %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Edit ServiceEntry endpoint %1</source>
        <translation>编辑 ServiceEntry 端点 %1</translation>
    </message>
</context>
<context>
    <name>meshgate::SettingsController</name>
    <message>
        <location filename="../ui/settings/settingscontroller.cpp" line="+16"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Engine ports, access-log format, theme, language</source>
        <translation>引擎端口、访问日志格式、主题、语言</translation>
    </message>
</context>
<context>
    <name>meshgate::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="+72"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These settings are saved and used at every start. A flag given on the command line (%1) wins over the saved value for that run only; the saved value is used again at the next start.</source>
        <translation>这些设置会被保存，并在每次启动时使用。命令行中给出的标志（%1）仅在本次运行中优先于已保存的值；下次启动时将重新使用已保存的值。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Engine settings take effect the next time the engine starts; if it is running when you press OK, Meshgate offers to restart it.</source>
        <translation>引擎设置将在引擎下次启动时生效；如果按下“确定”时引擎正在运行，Meshgate 会询问是否重启引擎。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address every listener binds to. 0.0.0.0 opens them to the network.</source>
        <translation>所有监听器绑定的地址。0.0.0.0 会将它们开放到网络上。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automatic (+8000 below port 1024)</source>
        <translation>自动（低于 1024 的端口 +8000）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added to every Gateway port: port 80 with offset 8000 listens on 8080.</source>
        <translation>加到每个 Gateway 端口上：偏移量为 8000 时，端口 80 监听在 8080。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The mesh forward proxy (HTTP proxy and CONNECT): what a sidecar would do.</source>
        <translation>mesh 转发代理（HTTP 代理和 CONNECT）：即 sidecar 所承担的工作。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Envoy-style admin endpoint: /stats/prometheus, /config_dump, /clusters, /ready.</source>
        <translation>Envoy 风格的管理端点：/stats/prometheus、/config_dump、/clusters、/ready。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One per core (%1)</source>
        <translation>每个核心一个（%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Downstream connections open at once; more are refused until one closes.</source>
        <translation>同时打开的下游连接数上限；达到上限后新连接会被拒绝，直到有连接关闭。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long a client may take to send a request&apos;s headers before it gets 408.</source>
        <translation>客户端发送请求头的最长时间，超时将收到 408。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None (only the Access log panel)</source>
        <translation>无（仅“访问日志”面板）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The engine also appends every access-log line to this file, in the format above.</source>
        <translation>引擎还会以上述格式将每一行访问日志追加到此文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access-log file</source>
        <translation>访问日志文件</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Classic (Envoy default with upstream and downstream addresses)</source>
        <translation>经典（Envoy 默认格式，含上游和下游地址）</translation>
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
        <translation>自定义…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>How a request to httpbin.org/status/418 is logged in this format</source>
        <translation>对 httpbin.org/status/418 的请求在此格式下的记录方式</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>One rule per line, as curl&apos;s --connect-to HOST:PORT:ADDRESS:PORT: the engine opens its upstream connections for HOST:PORT to ADDRESS:PORT instead, with the same Host header and TLS server name. For working offline or against local test servers. An empty HOST or port 0 on the left matches any.</source>
        <translation>每行一条规则，格式同 curl 的 --connect-to HOST:PORT:ADDRESS:PORT：引擎把到 HOST:PORT 的上游连接改为连到 ADDRESS:PORT，Host 头和 TLS 服务器名称保持不变。用于离线工作或对接本地测试服务器。左侧 HOST 为空或端口为 0 时匹配任意值。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Start the engine when Meshgate opens</source>
        <translation>Meshgate 打开时启动引擎(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Bind address</source>
        <translation>绑定地址(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Port offset</source>
        <translation>端口偏移(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mesh port</source>
        <translation>mesh 端口(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;dmin port</source>
        <translation>管理端口(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Workers</source>
        <translation>工作线程(&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max &amp;connections</source>
        <translation>最大连接数(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request &amp;headers timeout</source>
        <translation>请求头超时(&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access-log &amp;format</source>
        <translation>访问日志格式(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access-log f&amp;ile</source>
        <translation>访问日志文件(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Upstream redirects</source>
        <translation>上游重定向(&amp;U)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> rows</source>
        <translation> 行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Access log panel keeps this many of the newest requests; older ones are dropped (the access-log file keeps everything).</source>
        <translation>“访问日志”面板保留的最新请求条数；更早的条目会被丢弃（访问日志文件会保留全部内容）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closing the window keeps Meshgate running in the system &amp;tray</source>
        <translation>关闭窗口后 Meshgate 继续在系统托盘中运行(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This desktop has no system tray.</source>
        <translation>此桌面没有系统托盘。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The new language applies after Meshgate restarts.</source>
        <translation>新语言将在 Meshgate 重启后生效。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Access-log &amp;rows kept</source>
        <translation>访问日志保留行数(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;heme</source>
        <translation>主题(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 on the command line wins for this run.</source>
        <translation>本次运行以命令行中的 %1 为准。</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Envoy command operators, e.g. %REQ(:METHOD)% %RESPONSE_CODE% %DURATION%</source>
        <translation>Envoy 命令运算符，例如 %REQ(:METHOD)% %RESPONSE_CODE% %DURATION%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The operators behind this preset; choose Custom… to write your own</source>
        <translation>此预设使用的运算符；选择“自定义…”可编写自己的格式</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Write a format, or choose one of the presets.</source>
        <translation>请编写格式，或选择一个预设。</translation>
    </message>
</context>
<context>
    <name>meshgate::SyntaxFixDialog</name>
    <message>
        <location filename="../ui/editors/syntaxfixdialog.cpp" line="+69"/>
        <source>&amp;Save and Open</source>
        <translation>保存并打开(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix YAML – %1</source>
        <translation>修正 YAML – %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be opened: its YAML does not parse, or a document names a kind that does not exist. Fix it here; Save and Open writes the file (the current version is kept as %2) and opens it.</source>
        <translation>无法打开 %1：其 YAML 无法解析，或某个文档指定了不存在的 kind。请在此修正；“保存并打开”会写入文件（当前版本保留为 %2）并打开它。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The YAML parses and every kind exists. Resources are checked once the file is open.</source>
        <translation>YAML 可以解析，且所有 kind 都存在。文件打开后再检查资源。</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
</context>
<context>
    <name>meshgate::TableEditor</name>
    <message>
        <location filename="../ui/editors/tableeditor.cpp" line="+47"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>meshgate::TlsRouteEditor</name>
    <message>
        <location filename="../ui/editors/tlsrouteeditor.cpp" line="+17"/>
        <source>SNI hosts</source>
        <translation>SNI 主机</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Gateways</source>
        <translation>Gateways</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add match</source>
        <translation>添加匹配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subset</source>
        <translation>子集</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add destination</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server names from the TLS ClientHello, separated by commas</source>
        <translation>TLS ClientHello 中的服务器名称，以逗号分隔</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Match any of</source>
        <translation>匹配以下任一条件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destinations</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add match to TLS route %1</source>
        <translation>向 TLS 路由 %1 添加匹配</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove match from TLS route %1</source>
        <translation>从 TLS 路由 %1 移除匹配</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add destination to TLS route %1</source>
        <translation>向 TLS 路由 %1 添加目标</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove destination from TLS route %1</source>
        <translation>从 TLS 路由 %1 移除目标</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Edit match %1 of TLS route %2</source>
        <translation>编辑 TLS 路由 %2 的匹配 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit destination %1 of TLS route %2</source>
        <translation>编辑 TLS 路由 %2 的目标 %1</translation>
    </message>
</context>
<context>
    <name>meshgate::TopTable</name>
    <message>
        <location filename="../ui/charts/toptable.cpp" line="+16"/>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
</context>
<context>
    <name>meshgate::TrafficCharts</name>
    <message>
        <location filename="../ui/charts/trafficcharts.cpp" line="+117"/>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route</source>
        <translation>路由</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Window:</source>
        <translation>时间窗口：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 min</source>
        <translation>1 分钟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+1</source>
        <translation>Alt+1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 min</source>
        <translation>5 分钟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+2</source>
        <translation>Alt+2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 h</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alt+3</source>
        <translation>Alt+3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show the last %1 (%2)</source>
        <translation>显示最近 %1（%2）</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>No traffic yet</source>
        <translation>暂无流量</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last second: %1 req/s (4xx %2, 5xx %3) · in %4/s · out %5/s · %6 connections</source>
        <translation>最近一秒：%1 请求/秒（4xx %2，5xx %3）· 入 %4/s · 出 %5/s · %6 个连接</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> · p50 %1 ms, p99 %2 ms</source>
        <translation> · p50 %1 毫秒，p99 %2 毫秒</translation>
    </message>
</context>
<context>
    <name>meshgate::TrayIcon</name>
    <message>
        <location filename="../ui/desktop/trayicon.cpp" line="+19"/>
        <location line="+10"/>
        <source>&amp;Show Meshgate</source>
        <translation>显示 Meshgate(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Hide Meshgate</source>
        <translation>隐藏 Meshgate(&amp;H)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Meshgate is still running</source>
        <translation>Meshgate 仍在运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The engine keeps serving requests. Use the tray icon to show the window or quit.</source>
        <translation>引擎会继续处理请求。可通过托盘图标显示窗口或退出。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Engine stopped</source>
        <translation>引擎已停止</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Engine running</source>
        <translation>引擎正在运行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Engine running on %1</source>
        <translation>引擎正在端口 %1 上运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 requests/s</source>
        <translation>%L1 个请求/秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspace has changes that are not applied</source>
        <translation>工作区有尚未应用的更改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The workspace has errors; the last applied configuration runs</source>
        <translation>工作区存在错误；正在运行最后应用的配置</translation>
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
        <translation>这些路由适用的主机（Host 头或 SNI），以逗号分隔</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>HTTP routes — the first matching route wins; drag or Alt+Up/Alt+Down to reorder</source>
        <translation>HTTP 路由 — 第一条匹配的路由生效；拖动或按 Alt+Up/Alt+Down 调整顺序</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TLS routes (by SNI) — the first matching route wins</source>
        <translation>TLS 路由（按 SNI）— 第一条匹配的路由生效</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ho&amp;sts</source>
        <translation>主机(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateways</source>
        <translation>Gateways</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Add HTTP route</source>
        <translation>添加 HTTP 路由</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Duplicate HTTP route %1</source>
        <translation>复制 HTTP 路由 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete HTTP route %1</source>
        <translation>删除 HTTP 路由 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add TLS route</source>
        <translation>添加 TLS 路由</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Duplicate TLS route %1</source>
        <translation>复制 TLS 路由 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete TLS route %1</source>
        <translation>删除 TLS 路由 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a route at the end</source>
        <translation>在末尾添加一条路由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the route up: it is tried earlier</source>
        <translation>上移路由：将更早被尝试匹配</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Move Up</source>
        <translation>上移(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the route down: it is tried later</source>
        <translation>下移路由：将更晚被尝试匹配</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate the route</source>
        <translation>复制该路由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the route</source>
        <translation>删除该路由</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Sidecars and the local proxy&apos;s mesh port: traffic that did not come through a Gateway</source>
        <translation>sidecar 和本地代理的 mesh 端口：未经过 Gateway 的流量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (missing)</source>
        <translation>%1（缺失）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No gateway selected: the routes apply to the mesh (sidecars) only.</source>
        <translation>未选择 gateway：这些路由仅适用于 mesh（sidecar）。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>HTTP routes (%1) — the first matching route wins; drag or Alt+Up/Alt+Down to reorder</source>
        <translation>HTTP 路由（%1）— 第一条匹配的路由生效；拖动或按 Alt+Up/Alt+Down 调整顺序</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS routes (%1) — by SNI; the first matching route wins</source>
        <translation>TLS 路由（%1）— 按 SNI；第一条匹配的路由生效</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n TCP route(s): edit them in the YAML tab</source>
        <translation>
            <numerusform>%n 条 TCP 路由：请在 YAML 选项卡中编辑</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Edit VirtualService hosts</source>
        <translation>编辑 VirtualService 主机</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit VirtualService gateways</source>
        <translation>编辑 VirtualService gateways</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move HTTP route %1 to position %2</source>
        <translation>将 HTTP 路由 %1 移动到位置 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move TLS route %1 to position %2</source>
        <translation>将 TLS 路由 %1 移动到位置 %2</translation>
    </message>
</context>
<context>
    <name>meshgate::Workspace</name>
    <message>
        <location filename="../ui/common/workspace.cpp" line="+105"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+280"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1: %2</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Import %1 (replace)</source>
        <translation>导入 %1（替换）</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Edit %1 in YAML</source>
        <translation>在 YAML 中编辑 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Duplicate %1</source>
        <translation>复制 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n resource(s)</source>
        <translation>
            <numerusform>删除 %n 个资源</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Rename %1 to %2</source>
        <translation>将 %1 重命名为 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move HTTP route %1 to position %2</source>
        <translation>将 HTTP 路由 %1 移动到位置 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move TLS route %1 to position %2</source>
        <translation>将 TLS 路由 %1 移动到位置 %2</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Not opened: %1</source>
        <translation>未打开：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
</context>
<context>
    <name>routeutil</name>
    <message>
        <location filename="../ui/editors/routeutil.cpp" line="+38"/>
        <source>every request</source>
        <translation>所有请求</translation>
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
        <translation>所有连接</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>redirect</source>
        <translation>重定向</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>direct response %1</source>
        <translation>直接响应 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>(no destination)</source>
        <translation>（无目标）</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No destination</source>
        <translation>无目标</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All traffic goes to the one destination</source>
        <translation>所有流量都发往唯一的目标</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A weight is negative</source>
        <translation>有一个权重为负数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All weights are 0: no traffic can be routed</source>
        <translation>所有权重均为 0：无法路由任何流量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weights sum to 100</source>
        <translation>权重之和为 100</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weights sum to %1, not 100: traffic is split in proportion</source>
        <translation>权重之和为 %1，不是 100：流量按比例分配</translation>
    </message>
</context>
</TS>
