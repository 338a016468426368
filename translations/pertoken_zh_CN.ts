<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BreakEvenPeakCommand</name>
    <message>
        <location filename="../ui/commands/scenario_commands.cpp" line="34"/>
        <source>Change Break-Even Rule</source>
        <translation>更改盈亏平衡规则</translation>
    </message>
</context>
<context>
    <name>ChartFormat</name>
    <message>
        <location filename="../ui/charts/chart_format.cpp" line="70"/>
        <source>n/a</source>
        <extracomment>Shown in a chart tooltip or table cell in place of a number that does not exist.</extracomment>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../ui/charts/chart_format.cpp" line="119"/>
        <source>%1, shown in %2</source>
        <extracomment>%1 a title that names US dollars (&quot;USD per million tokens&quot;), %2 the currency the figures are shown in (&quot;EUR&quot;).</extracomment>
        <translation>%1，以 %2 显示</translation>
    </message>
</context>
<context>
    <name>CostPart</name>
    <message>
        <location filename="../ui/labels.cpp" line="46"/>
        <source>Input tokens</source>
        <translation>输入 token</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="47"/>
        <source>Cached input tokens</source>
        <translation>缓存输入 token</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="48"/>
        <source>Output tokens</source>
        <translation>输出 token</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="49"/>
        <source>GPU rental</source>
        <translation>GPU 租赁</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="51"/>
        <source>Operations</source>
        <extracomment>Staff and operations cost of self-hosting.</extracomment>
        <translation>运维</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="53"/>
        <source>Capital</source>
        <extracomment>Capital cost of bought hardware, spread over its life.</extracomment>
        <translation>资本成本</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="55"/>
        <source>Power</source>
        <extracomment>Electricity for the data-centre GPUs.</extracomment>
        <translation>电力</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="57"/>
        <source>Hosting</source>
        <extracomment>Rack space, cooling and hosting fees.</extracomment>
        <translation>托管</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="59"/>
        <source>Device share</source>
        <extracomment>The share of a laptop&apos;s or workstation&apos;s price attributed to inference.</extracomment>
        <translation>设备分摊</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="60"/>
        <source>Electricity</source>
        <translation>电费</translation>
    </message>
</context>
<context>
    <name>NumberFormat</name>
    <message>
        <location filename="../ui/panels/number_format.cpp" line="55"/>
        <source>n/a</source>
        <extracomment>Shown in place of a number that does not exist (never &quot;nan&quot; or &quot;inf&quot;).</extracomment>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../ui/panels/number_format.cpp" line="76"/>
        <source>%1 / M tokens</source>
        <translation>%1 / 百万 token</translation>
    </message>
    <message>
        <location filename="../ui/panels/number_format.cpp" line="83"/>
        <source>%1/month</source>
        <translation>%1/月</translation>
    </message>
    <message>
        <location filename="../ui/panels/number_format.cpp" line="90"/>
        <source>%1 tokens/month</source>
        <translation>每月 %1 token</translation>
    </message>
    <message>
        <location filename="../ui/panels/number_format.cpp" line="97"/>
        <source>%1 tokens/s</source>
        <translation>%1 token/秒</translation>
    </message>
</context>
<context>
    <name>OptionEdits</name>
    <message>
        <location filename="../ui/commands/option_commands.cpp" line="76"/>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location filename="../ui/commands/option_commands.cpp" line="87"/>
        <source>%1 (copy)</source>
        <extracomment>The name of a duplicated deployment option; %1 is the original&apos;s name.</extracomment>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <location filename="../ui/commands/option_commands.cpp" line="88"/>
        <source>Duplicate %1</source>
        <translation>复制 %1</translation>
    </message>
    <message>
        <location filename="../ui/commands/option_commands.cpp" line="107"/>
        <source>Enable %1</source>
        <translation>启用 %1</translation>
    </message>
    <message>
        <location filename="../ui/commands/option_commands.cpp" line="108"/>
        <source>Disable %1</source>
        <translation>停用 %1</translation>
    </message>
    <message>
        <location filename="../ui/commands/option_commands.cpp" line="121"/>
        <source>Rename %1 to %2</source>
        <translation>将 %1 重命名为 %2</translation>
    </message>
</context>
<context>
    <name>Parameter</name>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="54"/>
        <source>Requests per month</source>
        <translation>每月请求数</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="57"/>
        <source>Input tokens per request</source>
        <translation>每个请求的输入 token 数</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="60"/>
        <source>Output tokens per request</source>
        <translation>每个请求的输出 token 数</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="63"/>
        <source>Cached input share</source>
        <translation>缓存输入占比</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="66"/>
        <source>Batch API share</source>
        <translation>批处理 API 占比</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="69"/>
        <source>Peak concurrent requests</source>
        <translation>峰值并发请求数</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="72"/>
        <source>Time-to-first-token target</source>
        <translation>首 token 时间目标</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="75"/>
        <source>Time-per-output-token target</source>
        <translation>每输出 token 时间目标</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="85"/>
        <source>Input price</source>
        <translation>输入价格</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="88"/>
        <source>Output price</source>
        <translation>输出价格</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="91"/>
        <source>Cached input price</source>
        <translation>缓存输入价格</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="94"/>
        <source>Batch API discount</source>
        <translation>批处理 API 折扣</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="105"/>
        <source>GPU rental price</source>
        <translation>GPU 租赁价格</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="108"/>
        <source>Purchase price per GPU</source>
        <translation>每块 GPU 购买价格</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="111"/>
        <source>Depreciation life</source>
        <translation>折旧年限</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="114"/>
        <source>Cost of capital</source>
        <translation>资本成本率</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="117"/>
        <source>Power per GPU</source>
        <translation>每块 GPU 功率</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="120"/>
        <source>Average power draw</source>
        <translation>平均功耗</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="123"/>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="125"/>
        <location filename="../core/scenario/parameters.cpp" line="178"/>
        <source>Electricity price</source>
        <translation>电价</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="128"/>
        <source>Hosting per GPU</source>
        <translation>每块 GPU 托管费</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="131"/>
        <source>Operations</source>
        <translation>运维</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="134"/>
        <source>GPUs per replica (0 = auto)</source>
        <translation>每副本 GPU 数（0 = 自动）</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="137"/>
        <source>Maximum batch</source>
        <translation>最大批大小</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="140"/>
        <source>Target utilization</source>
        <translation>目标利用率</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="143"/>
        <location filename="../core/scenario/parameters.cpp" line="181"/>
        <source>MFU (FLOPs utilization, 0 = fitted)</source>
        <translation>MFU（算力利用率，0 = 拟合值）</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="146"/>
        <location filename="../core/scenario/parameters.cpp" line="184"/>
        <source>MBU (bandwidth utilization, 0 = fitted)</source>
        <translation>MBU（带宽利用率，0 = 拟合值）</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="149"/>
        <location filename="../core/scenario/parameters.cpp" line="187"/>
        <source>KV cache precision</source>
        <translation>KV 缓存精度</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="152"/>
        <location filename="../core/scenario/parameters.cpp" line="190"/>
        <source>Memory reserve</source>
        <translation>内存预留</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="163"/>
        <source>Device price</source>
        <translation>设备价格</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="166"/>
        <source>Device life</source>
        <translation>设备使用寿命</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="169"/>
        <source>Share of device cost</source>
        <translation>设备成本分摊比例</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="172"/>
        <source>Hours available per day</source>
        <translation>每天可用小时数</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="175"/>
        <source>Power while generating</source>
        <translation>生成时功耗</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="209"/>
        <source>Training compute</source>
        <translation>训练算力</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="210"/>
        <source>Target loss</source>
        <translation>目标损失</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="211"/>
        <source>Lifetime inference tokens</source>
        <translation>生命周期推理 token 数</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="212"/>
        <source>Lifetime queries</source>
        <translation>生命周期查询数</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="213"/>
        <source>Prompt tokens per query</source>
        <translation>每次查询的提示 token 数</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="214"/>
        <source>Tokens per sample</source>
        <translation>每个样本的 token 数</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="215"/>
        <source>Most samples per query</source>
        <translation>每次查询的最多样本数</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="216"/>
        <source>End-to-end budget</source>
        <translation>端到端预算</translation>
    </message>
</context>
<context>
    <name>RemoveOptionCommand</name>
    <message>
        <location filename="../ui/commands/option_commands.cpp" line="34"/>
        <source>Remove %1</source>
        <translation>删除 %1</translation>
    </message>
</context>
<context>
    <name>ScenarioPropertiesCommand</name>
    <message>
        <location filename="../ui/commands/scenario_commands.cpp" line="15"/>
        <source>Edit Scenario Properties</source>
        <translation>编辑场景属性</translation>
    </message>
</context>
<context>
    <name>SetParameterCommand</name>
    <message>
        <location filename="../ui/commands/set_parameter_command.cpp" line="33"/>
        <source>Change %1</source>
        <translation>更改 %1</translation>
    </message>
    <message>
        <location filename="../ui/commands/set_parameter_command.cpp" line="36"/>
        <source>Change %1 of %2</source>
        <translation>更改 %2 的 %1</translation>
    </message>
</context>
<context>
    <name>SetTaskCommand</name>
    <message>
        <location filename="../ui/commands/task_command.cpp" line="12"/>
        <source>Edit Task</source>
        <translation>编辑任务</translation>
    </message>
</context>
<context>
    <name>StalePriceNote</name>
    <message numerus="yes">
        <location filename="../ui/charts/stale_price_note.cpp" line="32"/>
        <source>List price as of %1, more than %n month(s) old</source>
        <extracomment>Chart tooltip line under an option whose API price is older than the limit set in Preferences. %1 the date the price was read.</extracomment>
        <translation>
            <numerusform>标价日期 %1，已超过 %n 个月</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <location filename="../ui/labels.cpp" line="12"/>
        <source>FLOPs</source>
        <extracomment>Floating-point operations (a count, not per second).</extracomment>
        <translation>FLOPs</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="13"/>
        <source>GPUs</source>
        <translation>个 GPU</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="14"/>
        <source>USD</source>
        <translation>美元</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="16"/>
        <source>USD/GPU-h</source>
        <extracomment>US dollars per GPU-hour.</extracomment>
        <translation>美元/GPU·时</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="17"/>
        <source>USD/GPU-month</source>
        <translation>美元/GPU·月</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="19"/>
        <source>USD/M tokens</source>
        <extracomment>US dollars per million tokens.</extracomment>
        <translation>美元/百万 token</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="20"/>
        <source>USD/kWh</source>
        <translation>美元/kWh</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="21"/>
        <source>USD/month</source>
        <translation>美元/月</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="23"/>
        <source>W</source>
        <extracomment>Watts.</extracomment>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="24"/>
        <source>bits</source>
        <translation>位</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="26"/>
        <source>h/day</source>
        <extracomment>Hours per day.</extracomment>
        <translation>小时/天</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="28"/>
        <source>ms</source>
        <extracomment>Milliseconds.</extracomment>
        <translation>毫秒</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="30"/>
        <source>nats/token</source>
        <extracomment>Loss in nats (natural-log units of information) per token.</extracomment>
        <translation>nats/token</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="32"/>
        <source>per year</source>
        <extracomment>A rate, as in &quot;8 % per year&quot; (cost of capital).</extracomment>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="33"/>
        <source>queries</source>
        <translation>次查询</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="34"/>
        <source>requests</source>
        <translation>个请求</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="35"/>
        <source>requests/month</source>
        <translation>请求/月</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="37"/>
        <source>samples</source>
        <extracomment>Samples drawn per query (test-time compute).</extracomment>
        <translation>个样本</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="39"/>
        <source>sequences</source>
        <extracomment>Sequences processed together (batch size).</extracomment>
        <translation>序列</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="40"/>
        <source>tokens</source>
        <translation>token</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="41"/>
        <source>years</source>
        <translation>年</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::AcceleratorEditor</name>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="34"/>
        <source>Custom accelerator or device</source>
        <translation>自定义加速器或设备</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="37"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="37"/>
        <source>lowercase-with-dashes</source>
        <translation>小写字母-以-连字符-分隔</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="38"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="39"/>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="49"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="50"/>
        <source>Memory (GB)</source>
        <translation>内存 (GB)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="52"/>
        <source>Usable memory (%)</source>
        <translation>可用内存 (%)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="54"/>
        <source>Bandwidth (GB/s)</source>
        <translation>带宽 (GB/s)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="56"/>
        <source>BF16/FP16 dense (TFLOPS)</source>
        <translation>BF16/FP16 稠密 (TFLOPS)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="58"/>
        <source>FP8/INT8 dense (TFLOPS)</source>
        <translation>FP8/INT8 稠密 (TFLOPS)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="59"/>
        <source>0: not supported</source>
        <translation>0：不支持</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="60"/>
        <source>Power (W)</source>
        <translation>功率 (W)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="61"/>
        <source>Purchase price ($)</source>
        <translation>购买价格 ($)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="62"/>
        <source>0: unknown</source>
        <translation>0：未知</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="63"/>
        <source>Rental ($/hour)</source>
        <translation>租金 ($/小时)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="64"/>
        <source>0: not rented</source>
        <translation>0：不租赁</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="65"/>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="65"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="66"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="67"/>
        <source>data sheet, price list or measurement</source>
        <translation>数据手册、价目表或测量</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="90"/>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1：“%2”不是数字</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="92"/>
        <source>%1: is required</source>
        <translation>%1：必填</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="100"/>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="101"/>
        <source>Usable memory</source>
        <translation>可用内存</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="102"/>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="103"/>
        <source>BF16/FP16</source>
        <translation>BF16/FP16</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="104"/>
        <source>FP8/INT8</source>
        <translation>FP8/INT8</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="105"/>
        <source>Power</source>
        <translation>电力</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="106"/>
        <source>Purchase price</source>
        <translation>购买价格</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="107"/>
        <source>Rental</source>
        <translation>租金</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="113"/>
        <source>The id &quot;%1&quot; is already used by another custom entry</source>
        <translation>ID“%1”已被另一个自定义条目使用</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::AcceleratorTableModel</name>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="35"/>
        <source>Data-centre GPU</source>
        <translation>数据中心 GPU</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="37"/>
        <source>Workstation GPU</source>
        <translation>工作站 GPU</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="39"/>
        <source>Consumer GPU</source>
        <translation>消费级 GPU</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="41"/>
        <source>Laptop</source>
        <translation>笔记本电脑</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="43"/>
        <source>Desktop</source>
        <translation>台式机</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="82"/>
        <source>Measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="83"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="83"/>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="149"/>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="151"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="153"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="155"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="157"/>
        <source>Memory (GB)</source>
        <translation>内存 (GB)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="159"/>
        <source>Usable memory (%)</source>
        <translation>可用内存 (%)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="161"/>
        <source>Bandwidth (GB/s)</source>
        <translation>带宽 (GB/s)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="163"/>
        <source>BF16 dense (TFLOPS)</source>
        <translation>BF16 稠密 (TFLOPS)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="165"/>
        <source>FP8/INT8 dense (TFLOPS)</source>
        <translation>FP8/INT8 稠密 (TFLOPS)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="167"/>
        <source>Power (W)</source>
        <translation>功率 (W)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="169"/>
        <source>Purchase ($)</source>
        <translation>购买 ($)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="171"/>
        <source>Rental ($/hour)</source>
        <translation>租金 ($/小时)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="173"/>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="175"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="177"/>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::ApiPriceEditor</name>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="37"/>
        <source>Custom API price</source>
        <translation>自定义 API 价格</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="40"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="40"/>
        <source>provider/model</source>
        <translation>提供商/模型</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="41"/>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="42"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="43"/>
        <source>Input ($/M tokens)</source>
        <translation>输入 ($/百万 token)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="45"/>
        <source>Output ($/M tokens)</source>
        <translation>输出 ($/百万 token)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="48"/>
        <source>Cached input ($/M tokens)</source>
        <translation>缓存输入 ($/百万 token)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="50"/>
        <source>empty: no caching discount</source>
        <translation>留空：无缓存折扣</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="52"/>
        <source>Batch discount (%)</source>
        <translation>批处理折扣 (%)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="54"/>
        <source>empty: no batch API</source>
        <translation>留空：无批处理 API</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="56"/>
        <source>Long context above (tokens)</source>
        <translation>长上下文阈值 (token)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="57"/>
        <source>empty: no long-context tier</source>
        <translation>留空：无长上下文档位</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="59"/>
        <source>Long-context input ($/M tokens)</source>
        <translation>长上下文输入 ($/百万 token)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="62"/>
        <source>Long-context output ($/M tokens)</source>
        <translation>长上下文输出 ($/百万 token)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="65"/>
        <source>Long-context cached input ($/M tokens)</source>
        <translation>长上下文缓存输入 ($/百万 token)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="70"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="71"/>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="72"/>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="73"/>
        <source>Embedding</source>
        <translation>嵌入</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="75"/>
        <location filename="../ui/catalog/api_price_editor.cpp" line="119"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="77"/>
        <source>Context window (tokens)</source>
        <translation>上下文窗口 (token)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="79"/>
        <source>empty: unknown</source>
        <translation>留空：未知</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="80"/>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="80"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="81"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="82"/>
        <source>pricing page URL or document</source>
        <translation>价格页面 URL 或文档</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="106"/>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1：“%2”不是数字</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="108"/>
        <source>%1: must not be negative</source>
        <translation>%1：不能为负数</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="118"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="120"/>
        <source>Cached input</source>
        <translation>缓存输入</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="121"/>
        <source>Batch discount</source>
        <translation>批处理折扣</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="123"/>
        <source>Long context above</source>
        <translation>长上下文阈值</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="124"/>
        <source>Long-context input</source>
        <translation>长上下文输入</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="126"/>
        <source>Long-context output</source>
        <translation>长上下文输出</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="128"/>
        <source>Long-context cached input</source>
        <translation>长上下文缓存输入</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="130"/>
        <source>Context window</source>
        <translation>上下文窗口</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="139"/>
        <source>Input and output prices are required (0 or more)</source>
        <translation>输入和输出价格为必填项（0 或以上）</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="143"/>
        <source>Long-context prices need the threshold they apply above</source>
        <translation>长上下文价格需要设置其生效的阈值</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="145"/>
        <source>The id &quot;%1&quot; is already used by another custom entry</source>
        <translation>ID“%1”已被另一个自定义条目使用</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::ApiPriceTableModel</name>
    <message numerus="yes">
        <location filename="../ui/catalog/api_price_table_model.cpp" line="34"/>
        <source>Read on %1, more than %n month(s) ago: the provider may charge something else now. Update prices from the Catalogs dialog.</source>
        <extracomment>Tooltip of a price older than the limit set in Preferences. %1 the date it was read.</extracomment>
        <translation>
            <numerusform>读取于 %1，已超过 %n 个月：提供商现在的价格可能不同。请在目录对话框中更新价格。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="87"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="89"/>
        <source>image</source>
        <translation>图像</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="91"/>
        <source>audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="93"/>
        <source>embedding</source>
        <translation>嵌入</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="102"/>
        <source>%1 (old)</source>
        <extracomment>Suffix after the date of a price older than the limit set in Preferences.</extracomment>
        <translation>%1（过旧）</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="107"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="107"/>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="180"/>
        <source>Provider</source>
        <translation>提供商</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="182"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="184"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="186"/>
        <source>Input ($/M tokens)</source>
        <translation>输入 ($/百万 token)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="188"/>
        <source>Output ($/M tokens)</source>
        <translation>输出 ($/百万 token)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="190"/>
        <source>Cached input ($/M tokens)</source>
        <translation>缓存输入 ($/百万 token)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="192"/>
        <source>Batch discount (%)</source>
        <translation>批处理折扣 (%)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="194"/>
        <source>Long context above (tokens)</source>
        <translation>长上下文阈值 (token)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="196"/>
        <source>Long-context input ($/M tokens)</source>
        <translation>长上下文输入 ($/百万 token)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="198"/>
        <source>Long-context output ($/M tokens)</source>
        <translation>长上下文输出 ($/百万 token)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="200"/>
        <source>Long-context cached input ($/M tokens)</source>
        <translation>长上下文缓存输入 ($/百万 token)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="202"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="204"/>
        <source>Context window (tokens)</source>
        <translation>上下文窗口 (token)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="206"/>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="208"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="210"/>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::Autosave</name>
    <message>
        <location filename="../ui/autosave.cpp" line="93"/>
        <source>Cannot create the autosave folder %1.</source>
        <translation>无法创建自动保存文件夹 %1。</translation>
    </message>
    <message>
        <location filename="../ui/autosave.cpp" line="102"/>
        <source>Cannot lock the autosave file %1.</source>
        <translation>无法锁定自动保存文件 %1。</translation>
    </message>
    <message>
        <location filename="../ui/autosave.cpp" line="179"/>
        <source>Recover unsaved scenario</source>
        <translation>恢复未保存的场景</translation>
    </message>
    <message>
        <location filename="../ui/autosave.cpp" line="180"/>
        <source>PerToken did not exit cleanly. A scenario with unsaved changes was autosaved at %1.</source>
        <translation>PerToken 未正常退出。一个有未保存更改的场景已于 %1 自动保存。</translation>
    </message>
    <message>
        <location filename="../ui/autosave.cpp" line="184"/>
        <source>It had not been saved to a file yet. Restore it?</source>
        <translation>它尚未保存到文件。要恢复吗？</translation>
    </message>
    <message>
        <location filename="../ui/autosave.cpp" line="185"/>
        <source>It was edited from %1. Restore it?</source>
        <translation>它是基于 %1 编辑的。要恢复吗？</translation>
    </message>
    <message>
        <location filename="../ui/autosave.cpp" line="187"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../ui/autosave.cpp" line="188"/>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::BenchEndpointForm</name>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="36"/>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="37"/>
        <source>no target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="49"/>
        <source>http://127.0.0.1:8000</source>
        <translation>http://127.0.0.1:8000</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="52"/>
        <source>the model name the server serves</source>
        <translation>服务器提供的模型名称</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="57"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="61"/>
        <source>Closed loop: fixed concurrency levels</source>
        <translation>闭环：固定并发级别</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="62"/>
        <source>Open loop: request rates</source>
        <translation>开环：请求速率</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="64"/>
        <source>Closed loop keeps a fixed number of requests in flight. Open loop sends requests at a rate whatever the server&apos;s speed; latency counts from each request&apos;s scheduled send time.</source>
        <translation>闭环保持固定数量的请求在处理中。开环无论服务器速度如何都按速率发送请求；延迟从每个请求的计划发送时间起计算。</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="71"/>
        <source>Requests per second, one level each, separated by commas.</source>
        <translation>每秒请求数，每个值一个级别，用逗号分隔。</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="75"/>
        <source>Poisson</source>
        <extracomment>Open-loop arrivals: random gaps with the given mean rate (a Poisson process).</extracomment>
        <translation>泊松</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="77"/>
        <source>Constant</source>
        <extracomment>Open-loop arrivals: evenly spaced requests.</extracomment>
        <translation>均匀</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="80"/>
        <source>The same seed gives the same Poisson schedule.</source>
        <translation>相同的种子给出相同的泊松计划。</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="82"/>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="85"/>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="91"/>
        <source> requests</source>
        <translation> 个请求</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="83"/>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="93"/>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="95"/>
        <source> tokens</source>
        <translation> token</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="101"/>
        <source>typed in; never saved</source>
        <translation>仅在此输入；从不保存</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="104"/>
        <source>or the name of an environment variable</source>
        <translation>或环境变量的名称</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="115"/>
        <source>Server URL</source>
        <translation>服务器 URL</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="116"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="117"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="118"/>
        <source>Load</source>
        <translation>负载</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="119"/>
        <source>Concurrency levels</source>
        <translation>并发级别</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="120"/>
        <source>Request rates (per second)</source>
        <translation>请求速率（每秒）</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="121"/>
        <source>Arrivals</source>
        <translation>到达方式</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="122"/>
        <source>Schedule seed</source>
        <translation>计划种子</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="123"/>
        <source>Most requests in flight</source>
        <translation>最多同时处理的请求</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="124"/>
        <source>Requests per level</source>
        <translation>每级请求数</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="126"/>
        <source>Warm-up (not measured)</source>
        <translation>预热（不计入测量）</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="127"/>
        <source>Prompt length</source>
        <translation>提示长度</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="128"/>
        <source>Output length</source>
        <translation>输出长度</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="129"/>
        <source>TTFT target (p90)</source>
        <translation>TTFT 目标 (p90)</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="130"/>
        <source>TPOT target (p90)</source>
        <translation>TPOT 目标 (p90)</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="131"/>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="132"/>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="212"/>
        <source>API key variable</source>
        <translation>API 密钥变量</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="213"/>
        <source>is not set in this program&apos;s environment</source>
        <translation>未在本程序的环境中设置</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="89"/>
        <source>Run each level this many times; from 2 runs on, every figure is shown as a mean with its 95% confidence interval.</source>
        <extracomment>How many times each concurrency level is run; with 2 or more, each figure gets a mean and a 95 % confidence interval.</extracomment>
        <translation>每个级别运行此次数；从 2 次起，每个数值显示为平均值及其 95% 置信区间。</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="125"/>
        <source>Runs per level</source>
        <translation>每级运行次数</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::BenchLiveChart</name>
    <message>
        <location filename="../ui/charts/bench_live_chart.cpp" line="59"/>
        <source>Elapsed time (s)</source>
        <translation>已用时间 (秒)</translation>
    </message>
    <message>
        <location filename="../ui/charts/bench_live_chart.cpp" line="61"/>
        <source>Output throughput (tokens/s)</source>
        <translation>输出吞吐量 (token/秒)</translation>
    </message>
    <message>
        <location filename="../ui/charts/bench_live_chart.cpp" line="63"/>
        <source>Latency (ms)</source>
        <translation>延迟 (毫秒)</translation>
    </message>
    <message>
        <location filename="../ui/charts/bench_live_chart.cpp" line="87"/>
        <source>Output tokens/s</source>
        <translation>输出 token/秒</translation>
    </message>
    <message>
        <location filename="../ui/charts/bench_live_chart.cpp" line="88"/>
        <source>TTFT (ms)</source>
        <translation>TTFT (毫秒)</translation>
    </message>
    <message>
        <location filename="../ui/charts/bench_live_chart.cpp" line="89"/>
        <source>TPOT (ms)</source>
        <translation>TPOT (毫秒)</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::BenchPanel</name>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="97"/>
        <source>Quick (15 s or less)</source>
        <translation>快速（不超过 15 秒）</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="101"/>
        <source>Measures memory bandwidth (STREAM triad) and FP32 matrix multiplication on this computer.</source>
        <translation>测量本机的内存带宽（STREAM Triad）和 FP32 矩阵乘法性能。</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="110"/>
        <source>This machine</source>
        <translation>本机</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="111"/>
        <source>Inference server</source>
        <translation>推理服务器</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="113"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="115"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="117"/>
        <source>Stops the run within a second and keeps what it measured (Esc)</source>
        <translation>在一秒内停止运行并保留已测得的结果 (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="123"/>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="142"/>
        <source>Use in scenario</source>
        <translation>用于场景</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="147"/>
        <source>Calibrate option</source>
        <translation>校准选项</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="149"/>
        <source>Fits the selected deployment option&apos;s bandwidth and compute use and its overhead per step to every level of the selected or just-finished result, so its other figures follow from the fitted model</source>
        <translation>将所选部署选项的带宽与算力利用率及每步开销拟合到所选或刚完成结果的每个级别，其余数值由拟合后的模型得出</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="156"/>
        <source>History (newest first)</source>
        <translation>历史记录（最新的在前）</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="260"/>
        <source>Cannot start: %1</source>
        <translation>无法开始：%1</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="269"/>
        <source>Connecting to %1</source>
        <translation>正在连接 %1</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="270"/>
        <source>Benchmarking %1 at %2</source>
        <translation>正在对 %2 上的 %1 进行基准测试</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="276"/>
        <source>Starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="277"/>
        <source>Measuring this machine</source>
        <translation>正在测量本机</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="289"/>
        <source>Cancelling: keeping what was measured</source>
        <translation>正在取消：保留已测得的结果</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="304"/>
        <source>Warm-up: %1 of %2 requests (not measured)</source>
        <translation>预热：第 %1 / %2 个请求（不计入测量）</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="324"/>
        <source>Level %1 of %2 (concurrency %3): %4 of %5 requests</source>
        <translation>第 %1 / %2 级（并发 %3）：%4 / %5 个请求</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="345"/>
        <source>%1 · %p%</source>
        <translation>%1 · %p%</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="355"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="356"/>
        <source>The benchmark could not run: %1</source>
        <translation>基准测试无法运行：%1</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="360"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="361"/>
        <source>Cancelled before anything was measured; nothing was saved.</source>
        <translation>在测得任何结果之前已取消；未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="366"/>
        <source>Cancelled: partial result</source>
        <translation>已取消：部分结果</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="366"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="372"/>
        <source>The result could not be saved: %1</source>
        <translation>无法保存结果：%1</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="376"/>
        <source>Cancelled; the partial result was saved to %1</source>
        <translation>已取消；部分结果已保存到 %1</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="377"/>
        <source>Finished; saved to %1</source>
        <translation>已完成；已保存到 %1</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="419"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="428"/>
        <source>Some history files could not be read: %1</source>
        <translation>部分历史文件无法读取：%1</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="440"/>
        <location filename="../ui/benchmark/bench_panel.cpp" line="481"/>
        <source>Cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="314"/>
        <source>Level %1 of %2 (concurrency %3), run %4 of %5: %6 of %7 requests</source>
        <translation>第 %1 / %2 级（并发 %3），第 %4 / %5 次运行：%6 / %7 个请求</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="393"/>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/benchmark/bench_panel.cpp" line="401"/>
        <source>Concurrency %1, %n run(s): %2 output tokens/s, TTFT p50 %3 ms, TPOT p50 %4 ms (mean ± 95% confidence interval)</source>
        <extracomment>A level of a repeated benchmark: each figure is &quot;mean ± 95 % confidence half-width&quot;.</extracomment>
        <translation>
            <numerusform>并发 %1，%n 次运行：%2 输出 token/秒，TTFT p50 %3 ms，TPOT p50 %4 ms（平均值 ± 95% 置信区间）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="61"/>
        <source>Power: not measured (%1)</source>
        <extracomment>The reason comes from the benchmark engine, in English.</extracomment>
        <translation>功率：未测量（%1）</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="63"/>
        <source>Power: %1 W average over %2 s, measured by %3</source>
        <translation>功率：%2 秒内平均 %1 W，测量来源 %3</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="69"/>
        <source>%1 J per output token, %2 tokens per kWh</source>
        <translation>每个输出 token %1 J，每 kWh %2 个 token</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="74"/>
        <source>Electricity: %1 USD per million output tokens (%2)</source>
        <translation>电费：每百万输出 token %1 美元（%2）</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="144"/>
        <source>Sets the measured throughput, and the measured power where the run measured it, of a deployment option from the selected or just-finished result</source>
        <translation>用所选或刚完成的结果设置部署选项的实测吞吐量，以及运行中测得的实测功率</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="185"/>
        <source>One row per level; with repeated runs each figure is mean ± the half-width of its 95% confidence interval. Click a header to sort.</source>
        <translation>每个级别一行；重复运行时，每个数值为平均值 ± 其 95% 置信区间的半宽。点击表头即可排序。</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::BenchResultsModel</name>
    <message>
        <location filename="../ui/benchmark/bench_results_model.cpp" line="112"/>
        <source>yes</source>
        <extracomment>Results table, &quot;Behind schedule&quot; column: the client could not send the requests at their scheduled times, so the rate the server saw was lower.</extracomment>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_results_model.cpp" line="112"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_results_model.cpp" line="124"/>
        <source>%1 ± %2</source>
        <extracomment>A table cell: mean ± half-width of the 95 % confidence interval.</extracomment>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_results_model.cpp" line="171"/>
        <source>Whether the client sent requests later than scheduled (p99 lag above one arrival gap or 10 ms): then the server saw a lower rate than asked.</source>
        <translation>客户端是否晚于计划发送请求（p99 延迟超过一个到达间隔或 10 ms）：此时服务器看到的速率低于要求的速率。</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_results_model.cpp" line="177"/>
        <source>Rate (requests/s)</source>
        <translation>速率（请求/秒）</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_results_model.cpp" line="177"/>
        <source>Concurrency</source>
        <translation>并发数</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_results_model.cpp" line="179"/>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_results_model.cpp" line="181"/>
        <source>Output (tokens/s)</source>
        <translation>输出（token/秒）</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_results_model.cpp" line="183"/>
        <source>TTFT p50 (ms)</source>
        <translation>TTFT p50（毫秒）</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_results_model.cpp" line="185"/>
        <source>TTFT p99 (ms)</source>
        <translation>TTFT p99（毫秒）</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_results_model.cpp" line="187"/>
        <source>TPOT p50 (ms)</source>
        <translation>TPOT p50（毫秒）</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_results_model.cpp" line="189"/>
        <source>TPOT p99 (ms)</source>
        <translation>TPOT p99（毫秒）</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_results_model.cpp" line="191"/>
        <source>Goodput (requests/s)</source>
        <translation>有效吞吐（请求/秒）</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_results_model.cpp" line="193"/>
        <source>Errors</source>
        <translation>错误数</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_results_model.cpp" line="195"/>
        <source>Achieved (requests/s)</source>
        <translation>实际达到（请求/秒）</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_results_model.cpp" line="197"/>
        <source>Behind schedule</source>
        <translation>落后于计划</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::CatalogDialog</name>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="82"/>
        <source>Catalogs</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="93"/>
        <source>Custom entries could not be loaded, so changes will not be saved: %1</source>
        <translation>无法加载自定义条目，因此更改不会被保存：%1</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="102"/>
        <source>All providers</source>
        <translation>所有提供商</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="103"/>
        <source>All vendors</source>
        <translation>所有厂商</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="52"/>
        <source>LiteLLM price list</source>
        <translation>LiteLLM 价格表</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="54"/>
        <source>price CSV</source>
        <translation>价格 CSV</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="58"/>
        <source>PerToken price catalog</source>
        <translation>PerToken 价格目录</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="104"/>
        <source>Import price file…</source>
        <translation>导入价格文件…</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="106"/>
        <source>LiteLLM model_prices_and_context_window.json, a price CSV, or a PerToken price catalog</source>
        <translation>LiteLLM model_prices_and_context_window.json、价格 CSV 或 PerToken 价格目录</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="109"/>
        <source>Update prices…</source>
        <translation>更新价格…</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="111"/>
        <source>Download LiteLLM&apos;s current price list and see what changed before anything is replaced</source>
        <translation>下载 LiteLLM 的最新价格表，并在替换任何内容之前查看变化</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="114"/>
        <source>Restore previous prices</source>
        <translation>恢复先前的价格</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="116"/>
        <source>Bring back the price catalog the last update replaced</source>
        <translation>恢复上次更新所替换的价格目录</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="119"/>
        <source>API prices</source>
        <translation>API 价格</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="120"/>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="246"/>
        <source>The updated price catalog could not be read, so the built-in one is shown: %1</source>
        <translation>无法读取更新后的价格目录，因此显示内置目录：%1</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="278"/>
        <source>Prices not restored: %1</source>
        <translation>价格未恢复：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/catalog/catalog_dialog.cpp" line="284"/>
        <source>The previous price catalog is back in use (%n entries). Restore again to undo.</source>
        <translation>
            <numerusform>先前的价格目录已重新启用（%n 个条目）。再次恢复即可撤销。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="344"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/catalog/catalog_dialog.cpp" line="347"/>
        <source>Saved %n custom entries to %1</source>
        <translation>
            <numerusform>已将 %n 个自定义条目保存到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="521"/>
        <source>Import prices</source>
        <translation>导入价格</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="522"/>
        <source>Price files (*.json *.csv);;LiteLLM JSON or PerToken catalog (*.json);;Price CSV (*.csv)</source>
        <translation>价格文件 (*.json *.csv);;LiteLLM JSON 或 PerToken 目录 (*.json);;价格 CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="552"/>
        <source>Imported %1 prices from %2 (%3); skipped %4 without a per-token price and %5 malformed. Entries without a date of their own are dated %6, the file&apos;s date.</source>
        <translation>已从 %2（%3）导入 %1 个价格；跳过 %4 个无按 token 计价的条目和 %5 个格式错误的条目。没有自身日期的条目标注为 %6，即文件的日期。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/catalog/catalog_dialog.cpp" line="561"/>
        <source>%n warning(s), the first: %1</source>
        <translation>
            <numerusform>%n 条警告，第一条：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="479"/>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="497"/>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="533"/>
        <source>Nothing imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="514"/>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="567"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="121"/>
        <source>All origins</source>
        <translation>所有来源</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="122"/>
        <source>Import model…</source>
        <translation>导入模型…</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="124"/>
        <source>A .gguf file, a Hugging Face config.json, a model.safetensors.index.json, or a folder (a Hugging Face snapshot or an Ollama model store). Only headers are read; the record keeps the file&apos;s name and the SHA-256 of what was read.</source>
        <translation>.gguf 文件、Hugging Face config.json、model.safetensors.index.json 或文件夹（Hugging Face 快照或 Ollama 模型库）。只读取文件头；记录保留文件名和所读内容的 SHA-256。</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="129"/>
        <source>File…</source>
        <translation>文件…</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="130"/>
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="133"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="461"/>
        <source>Import a model folder</source>
        <translation>导入模型文件夹</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="463"/>
        <source>Import a model</source>
        <translation>导入模型</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="464"/>
        <source>Model files (*.gguf config.json *.safetensors.index.json *.safetensors);;GGUF (*.gguf);;Hugging Face config (config.json);;safetensors (*.safetensors.index.json *.safetensors)</source>
        <translation>模型文件 (*.gguf config.json *.safetensors.index.json *.safetensors);;GGUF (*.gguf);;Hugging Face 配置 (config.json);;safetensors (*.safetensors.index.json *.safetensors)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="480"/>
        <source>%1 holds no models</source>
        <translation>%1 中没有模型</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="488"/>
        <source>Import from the Ollama store</source>
        <translation>从 Ollama 模型库导入</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="489"/>
        <source>Model:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="502"/>
        <source>%1 could not be read completely (missing: %2). Fill in the rest by hand: %3</source>
        <extracomment>%1 the keys or fields the file lacks, %2 the reader&apos;s message.</extracomment>
        <translation>%1 未能完整读取（缺少：%2）。请手动填写其余部分：%3</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="513"/>
        <source>Imported %1 from %2.</source>
        <extracomment>%1 model name, %2 file name.</extracomment>
        <translation>已从 %2 导入 %1。</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::CatalogPage</name>
    <message>
        <location filename="../ui/catalog/catalog_page.cpp" line="30"/>
        <source>Add custom…</source>
        <translation>添加自定义…</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_page.cpp" line="31"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_page.cpp" line="32"/>
        <source>Duplicate as custom…</source>
        <translation>复制为自定义…</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_page.cpp" line="33"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_page.cpp" line="34"/>
        <source>Use in scenario</source>
        <translation>用于场景</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_page.cpp" line="39"/>
        <source>Search id, name, provider or source</source>
        <translation>搜索 ID、名称、提供商或来源</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_page.cpp" line="57"/>
        <source>Put the selected entry into the current scenario</source>
        <translation>将所选条目放入当前场景</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_page.cpp" line="158"/>
        <source>Built-in entries are read-only; duplicate one to change it</source>
        <translation>内置条目为只读；请复制一份后再修改</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::ChartExport</name>
    <message>
        <location filename="../ui/charts/chart_export.cpp" line="39"/>
        <source>unknown chart &quot;%1&quot;; the charts are: %2</source>
        <translation>未知图表“%1”；可用图表为：%2</translation>
    </message>
    <message>
        <location filename="../ui/charts/chart_export.cpp" line="372"/>
        <source>the PNG encoder failed</source>
        <translation>PNG 编码器失败</translation>
    </message>
    <message>
        <location filename="../ui/charts/chart_export.cpp" line="393"/>
        <location filename="../ui/charts/chart_export.cpp" line="401"/>
        <location filename="../ui/charts/chart_export.cpp" line="408"/>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <location filename="../ui/charts/chart_export.cpp" line="421"/>
        <source>unknown file type; use .png, .svg, .pdf or .csv</source>
        <translation>未知文件类型；请使用 .png、.svg、.pdf 或 .csv</translation>
    </message>
    <message>
        <location filename="../ui/charts/chart_export.cpp" line="435"/>
        <source>no GUI application to own the clipboard</source>
        <translation>没有可拥有剪贴板的 GUI 应用程序</translation>
    </message>
    <message>
        <location filename="../ui/charts/chart_export.cpp" line="297"/>
        <source>width and height must each be from %1 to %2 pixels</source>
        <translation>宽度和高度都必须在 %1 到 %2 像素之间</translation>
    </message>
    <message>
        <location filename="../ui/charts/chart_export.cpp" line="304"/>
        <source>the resolution must be from %1 to %2 dpi</source>
        <translation>分辨率必须在 %1 到 %2 dpi 之间</translation>
    </message>
    <message>
        <location filename="../ui/charts/chart_export.cpp" line="312"/>
        <source>%1 × %2 pixels is more than 100 million pixels; choose a smaller size or resolution</source>
        <translation>%1 × %2 像素超过 1 亿像素；请选择更小的尺寸或分辨率</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::ChartExportDialog</name>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="72"/>
        <location filename="../ui/export/chart_export_dialog.cpp" line="354"/>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="82"/>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="83"/>
        <source>SVG drawing</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="84"/>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="85"/>
        <source>Data as CSV</source>
        <translation>数据（CSV）</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="95"/>
        <source> px</source>
        <extracomment>Unit suffix of the width and height fields: pixels.</extracomment>
        <translation> 像素</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="101"/>
        <source>Width in pixels</source>
        <translation>宽度（像素）</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="102"/>
        <source>Height in pixels</source>
        <translation>高度（像素）</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="113"/>
        <source> dpi</source>
        <extracomment>Unit suffix of the resolution field: dots per inch.</extracomment>
        <translation> dpi</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="114"/>
        <source>PNG only: the image has width × resolution / 96 pixels, and the resolution is written into the file</source>
        <translation>仅限 PNG：图像宽度为 宽度 × 分辨率 / 96 像素，分辨率会写入文件</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="129"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="137"/>
        <source>C&amp;hart:</source>
        <translation>图表(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="138"/>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="139"/>
        <source>&amp;Size:</source>
        <translation>尺寸(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="140"/>
        <source>&amp;Width × height:</source>
        <translation>宽 × 高(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="143"/>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="144"/>
        <source>Result:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="145"/>
        <source>F&amp;ile:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="150"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="259"/>
        <source>Choose a file to write.</source>
        <translation>请选择要写入的文件。</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="293"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="297"/>
        <source>As shown on screen (%1 × %2)</source>
        <extracomment>Size preset: the chart&apos;s size in the window now, in pixels.</extracomment>
        <translation>与屏幕显示相同（%1 × %2）</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="301"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="351"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="351"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="352"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="352"/>
        <source>Data as CSV (*.csv)</source>
        <translation>数据 CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="388"/>
        <source>An image of %1 × %2 pixels at %3 dpi</source>
        <extracomment>%1 × %2 pixels, %3 dots per inch.</extracomment>
        <translation>%1 × %2 像素的图像，%3 dpi</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="393"/>
        <source>A drawing of %1 × %2 pixels at 96 dpi that scales without loss</source>
        <translation>%1 × %2 像素（96 dpi）的矢量图，可无损缩放</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="397"/>
        <source>The numbers the chart draws, as a table</source>
        <translation>图表所绘数值，以表格形式</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::ChartPage</name>
    <message>
        <location filename="../ui/charts/chart_page.cpp" line="30"/>
        <location filename="../ui/charts/chart_page.cpp" line="105"/>
        <source>Show data table</source>
        <translation>显示数据表</translation>
    </message>
    <message>
        <location filename="../ui/charts/chart_page.cpp" line="32"/>
        <source>Show the numbers this chart draws as a table</source>
        <translation>以表格形式显示此图表绘制的数值</translation>
    </message>
    <message>
        <location filename="../ui/charts/chart_page.cpp" line="40"/>
        <source>Copy data</source>
        <translation>复制数据</translation>
    </message>
    <message>
        <location filename="../ui/charts/chart_page.cpp" line="41"/>
        <source>Copy the chart&apos;s numbers as tab-separated text</source>
        <translation>将图表的数值复制为制表符分隔的文本</translation>
    </message>
    <message>
        <location filename="../ui/charts/chart_page.cpp" line="60"/>
        <source>%1: data</source>
        <translation>%1：数据</translation>
    </message>
    <message>
        <location filename="../ui/charts/chart_page.cpp" line="66"/>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <location filename="../ui/charts/chart_page.cpp" line="67"/>
        <source>Save this chart as PNG, SVG or PDF, or its data as CSV</source>
        <translation>将此图表保存为 PNG、SVG 或 PDF，或将其数据保存为 CSV</translation>
    </message>
    <message>
        <location filename="../ui/charts/chart_page.cpp" line="70"/>
        <source>Copy chart as image</source>
        <translation>将图表复制为图像</translation>
    </message>
    <message>
        <location filename="../ui/charts/chart_page.cpp" line="105"/>
        <source>Show chart</source>
        <translation>显示图表</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::ChartsView</name>
    <message>
        <location filename="../ui/charts/charts_view.cpp" line="38"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../ui/charts/charts_view.cpp" line="41"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../ui/charts/charts_view.cpp" line="41"/>
        <source>Volume</source>
        <translation>用量</translation>
    </message>
    <message>
        <location filename="../ui/charts/charts_view.cpp" line="42"/>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <location filename="../ui/charts/charts_view.cpp" line="42"/>
        <source>Sensitivity</source>
        <translation>敏感性</translation>
    </message>
    <message>
        <location filename="../ui/charts/charts_view.cpp" line="43"/>
        <source>Uncertainty</source>
        <translation>不确定性</translation>
    </message>
    <message>
        <location filename="../ui/charts/charts_view.cpp" line="43"/>
        <source>Frontier</source>
        <translation>前沿</translation>
    </message>
    <message>
        <location filename="../ui/charts/charts_view.cpp" line="44"/>
        <source>Solved tasks</source>
        <translation>已解决任务</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::CostBreakdownChart</name>
    <message>
        <location filename="../ui/charts/cost_breakdown_chart.cpp" line="44"/>
        <source>%1 (not feasible)</source>
        <extracomment>Category label of an option that cannot serve the workload.</extracomment>
        <translation>%1（不可行）</translation>
    </message>
    <message>
        <location filename="../ui/charts/cost_breakdown_chart.cpp" line="80"/>
        <source>USD per million tokens</source>
        <translation>美元/百万 token</translation>
    </message>
    <message>
        <location filename="../ui/charts/cost_breakdown_chart.cpp" line="82"/>
        <source>%1/M tokens</source>
        <extracomment>Short axis title where the long one does not fit; %1 a currency code.</extracomment>
        <translation>%1/百万 token</translation>
    </message>
    <message>
        <location filename="../ui/charts/cost_breakdown_chart.cpp" line="93"/>
        <source>Not feasible</source>
        <translation>不可行</translation>
    </message>
    <message>
        <location filename="../ui/charts/cost_breakdown_chart.cpp" line="152"/>
        <source>Cost per million tokens by option</source>
        <translation>各选项每百万 token 成本</translation>
    </message>
    <message>
        <location filename="../ui/charts/cost_breakdown_chart.cpp" line="168"/>
        <source>%1 (misses targets)</source>
        <extracomment>Bar label of an option that misses the workload&apos;s latency targets.</extracomment>
        <translation>%1（未达目标）</translation>
    </message>
    <message>
        <location filename="../ui/charts/cost_breakdown_chart.cpp" line="212"/>
        <source>Not feasible: %1</source>
        <translation>不可行：%1</translation>
    </message>
    <message>
        <location filename="../ui/charts/cost_breakdown_chart.cpp" line="217"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../ui/charts/cost_breakdown_chart.cpp" line="219"/>
        <source>Option</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../ui/charts/cost_breakdown_chart.cpp" line="220"/>
        <source>Cost part</source>
        <translation>成本组成</translation>
    </message>
    <message>
        <location filename="../ui/charts/cost_breakdown_chart.cpp" line="221"/>
        <source>Cost (USD per million tokens)</source>
        <translation>成本（美元/百万 token）</translation>
    </message>
    <message>
        <location filename="../ui/charts/cost_breakdown_chart.cpp" line="222"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/charts/cost_breakdown_chart.cpp" line="232"/>
        <source>No deployment option is enabled in this scenario.</source>
        <translation>此场景中未启用任何部署选项。</translation>
    </message>
    <message>
        <location filename="../ui/charts/cost_breakdown_chart.cpp" line="254"/>
        <source>%1 cannot serve this workload: %2</source>
        <translation>%1 无法承载此工作负载：%2</translation>
    </message>
    <message>
        <location filename="../ui/charts/cost_breakdown_chart.cpp" line="262"/>
        <source>%1 — %2
%3 per million tokens (%4 per month)
Total: %5 per million tokens</source>
        <extracomment>Tooltip of one cost part: part, option, its cost per million tokens, its monthly cost and the option&apos;s total.</extracomment>
        <translation>%1 — %2
每百万 token %3（每月 %4）
合计：每百万 token %5</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::DataTableView</name>
    <message>
        <location filename="../ui/charts/data_table_view.cpp" line="27"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::ExportController</name>
    <message>
        <location filename="../ui/export/export_controller.cpp" line="29"/>
        <source>Export &amp;Chart…</source>
        <translation>导出图表(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/export/export_controller.cpp" line="30"/>
        <source>Export &amp;Memo Bundle…</source>
        <translation>导出备忘录包(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/export/export_controller.cpp" line="31"/>
        <source>Copy C&amp;hart</source>
        <translation>复制图表(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/export/export_controller.cpp" line="34"/>
        <source>Save one chart as PNG, SVG, PDF or its data as CSV</source>
        <translation>将一个图表保存为 PNG、SVG、PDF，或将其数据保存为 CSV</translation>
    </message>
    <message>
        <location filename="../ui/export/export_controller.cpp" line="36"/>
        <source>Write the decision memo: memo.pdf, memo.md, every chart and its data, and the scenario, in one zip</source>
        <translation>写出决策备忘录：memo.pdf、memo.md、每个图表及其数据以及场景，打包为一个 zip 文件</translation>
    </message>
    <message>
        <location filename="../ui/export/export_controller.cpp" line="39"/>
        <source>Copy a chart to the clipboard as an image</source>
        <translation>将图表作为图像复制到剪贴板</translation>
    </message>
    <message>
        <location filename="../ui/export/export_controller.cpp" line="51"/>
        <source>Cannot Export Chart</source>
        <translation>无法导出图表</translation>
    </message>
    <message>
        <location filename="../ui/export/export_controller.cpp" line="62"/>
        <source>Cannot Export Memo</source>
        <translation>无法导出备忘录</translation>
    </message>
    <message>
        <location filename="../ui/export/export_controller.cpp" line="76"/>
        <source>Chart:</source>
        <translation>图表：</translation>
    </message>
    <message>
        <location filename="../ui/export/export_controller.cpp" line="104"/>
        <source>Export Memo Bundle</source>
        <translation>导出备忘录包</translation>
    </message>
    <message>
        <location filename="../ui/export/export_controller.cpp" line="106"/>
        <source>Memo bundles (*.zip)</source>
        <translation>备忘录包 (*.zip)</translation>
    </message>
    <message>
        <location filename="../ui/export/export_controller.cpp" line="116"/>
        <source>Copy Chart</source>
        <translation>复制图表</translation>
    </message>
    <message>
        <location filename="../ui/export/export_controller.cpp" line="124"/>
        <source>Cannot Copy Chart</source>
        <translation>无法复制图表</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::FrontierChart</name>
    <message>
        <location filename="../ui/charts/frontier_chart.cpp" line="24"/>
        <location filename="../ui/charts/frontier_chart.cpp" line="158"/>
        <source>Output tokens/s per user</source>
        <translation>每用户输出 token/秒</translation>
    </message>
    <message>
        <location filename="../ui/charts/frontier_chart.cpp" line="26"/>
        <source>Tokens/s per user</source>
        <extracomment>Short axis title where the long one does not fit.</extracomment>
        <translation>每用户 token/秒</translation>
    </message>
    <message>
        <location filename="../ui/charts/frontier_chart.cpp" line="30"/>
        <source>Cost per million tokens (input + output)</source>
        <translation>每百万 token 成本（输入 + 输出）</translation>
    </message>
    <message>
        <location filename="../ui/charts/frontier_chart.cpp" line="32"/>
        <source>%1/M tokens</source>
        <extracomment>Short axis title where the long one does not fit; %1 a currency code.</extracomment>
        <translation>%1/百万 token</translation>
    </message>
    <message>
        <location filename="../ui/charts/frontier_chart.cpp" line="86"/>
        <source>published speed</source>
        <translation>公布的速度</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/frontier_chart.cpp" line="88"/>
        <source>%n device(s), batch %1</source>
        <extracomment>One parallelism layout: devices working together and sequences in a batch.</extracomment>
        <translation>
            <numerusform>%n 个设备，批量 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/charts/frontier_chart.cpp" line="102"/>
        <source>Cost against speed per user (the frontier)</source>
        <translation>成本与每用户速度（前沿）</translation>
    </message>
    <message>
        <location filename="../ui/charts/frontier_chart.cpp" line="155"/>
        <source>Option</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../ui/charts/frontier_chart.cpp" line="156"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../ui/charts/frontier_chart.cpp" line="157"/>
        <source>Batch size (sequences)</source>
        <translation>批大小（序列数）</translation>
    </message>
    <message>
        <location filename="../ui/charts/frontier_chart.cpp" line="159"/>
        <source>Cost per million tokens</source>
        <translation>每百万 token 成本</translation>
    </message>
    <message>
        <location filename="../ui/charts/frontier_chart.cpp" line="160"/>
        <source>Replica tokens/s (input + output)</source>
        <translation>副本 token/秒（输入 + 输出）</translation>
    </message>
    <message>
        <location filename="../ui/charts/frontier_chart.cpp" line="161"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/charts/frontier_chart.cpp" line="171"/>
        <source>No enabled option has a frontier: a self-hosted or on-device model must fit, and a cloud API needs a published output speed.</source>
        <translation>没有启用的选项具有前沿：自托管或设备端模型必须能装入内存，云 API 需要公布的输出速度。</translation>
    </message>
    <message>
        <location filename="../ui/charts/frontier_chart.cpp" line="201"/>
        <source>%1, %2
%3 tokens/s per user · %4 per million tokens
%5</source>
        <extracomment>Tooltip on a frontier point; the last line names where the speed comes from.</extracomment>
        <translation>%1，%2
每用户 %3 token/秒 · 每百万 token %4
%5</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::InventoryWindow</name>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="54"/>
        <source>Local AI Inventory</source>
        <translation>本地 AI 清单</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="59"/>
        <source>Models and inference servers on this machine, found read-only: model files are read header only, servers are asked on loopback and never sent a prompt.</source>
        <translation>本机上的模型和推理服务器，只读查找：模型文件只读取文件头，服务器仅通过环回地址询问，从不发送提示词。</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="72"/>
        <source>&amp;Scan</source>
        <translation>扫描(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="74"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="80"/>
        <source>Not scanned yet.</source>
        <translation>尚未扫描。</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="84"/>
        <source>Price on:</source>
        <translation>计价硬件：</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="89"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="89"/>
        <source>Store</source>
        <translation>存储位置</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="89"/>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="89"/>
        <source>Parameters (B)</source>
        <translation>参数（十亿）</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="90"/>
        <source>Quantization</source>
        <translation>量化</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="90"/>
        <source>Size (GB)</source>
        <translation>大小 (GB)</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="90"/>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="90"/>
        <source>Fits</source>
        <translation>可容纳</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="91"/>
        <source>Tokens/s</source>
        <translation>Token/秒</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="91"/>
        <source>$ per M tokens</source>
        <translation>每百万 Token 美元</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="94"/>
        <source>Runtime</source>
        <translation>运行时</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="94"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="94"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="94"/>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="94"/>
        <source>Exposure</source>
        <translation>暴露范围</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="95"/>
        <source>Without authentication</source>
        <translation>无需认证</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="95"/>
        <source>Process</source>
        <translation>进程</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="95"/>
        <source>Models (loaded)</source>
        <translation>模型（已加载）</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="104"/>
        <source>&amp;Add as Option</source>
        <translation>添加为选项(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="106"/>
        <source>Add the selected model to the scenario as an option on the hardware chosen above</source>
        <translation>将所选模型作为上面所选硬件上的选项添加到场景中</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="167"/>
        <source>Scanning…</source>
        <translation>正在扫描…</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="195"/>
        <source>Asking listening port %1 what it serves…</source>
        <translation>正在询问监听端口 %1 提供什么服务…</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="197"/>
        <source>Looking through model stores: %1 entries…</source>
        <translation>正在查看模型存储：%1 个条目…</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="199"/>
        <source>Reading this machine&apos;s memory and GPUs…</source>
        <translation>正在读取本机的内存和 GPU…</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="201"/>
        <source>Listing listening sockets…</source>
        <translation>正在列出监听套接字…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/local_inventory/inventory_window.cpp" line="212"/>
        <source>%n model(s), %1 server(s), %2 path(s) skipped.</source>
        <translation>
            <numerusform>%n 个模型，%1 个服务器，跳过 %2 个路径。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="217"/>
        <source>Cancelled: what was found so far is shown.</source>
        <translation>已取消：显示目前已找到的内容。</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="218"/>
        <source>The scan stopped at its bound: %1.</source>
        <translation>扫描已达到上限：%1。</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="247"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="257"/>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="279"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="257"/>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="279"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="276"/>
        <source>reachable from the network</source>
        <translation>可从网络访问</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="277"/>
        <source>this machine only</source>
        <translation>仅限本机</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="282"/>
        <source>%1 (%2 loaded)</source>
        <translation>%1（已加载 %2）</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="308"/>
        <source>Added “%1” to the scenario.</source>
        <translation>已将“%1”添加到场景。</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="111"/>
        <source>Scaling</source>
        <translation>规模规划</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="198"/>
        <source>Workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="199"/>
        <source>Deployment options</source>
        <translation>部署选项</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="200"/>
        <source>Selected option</source>
        <translation>所选选项</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="204"/>
        <source>Benchmark</source>
        <translation>基准测试</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="223"/>
        <source>Opened scenario</source>
        <translation>已打开的场景</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="224"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="31"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="32"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="34"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="36"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="41"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="44"/>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="53"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="57"/>
        <source>Start again from the built-in default scenario</source>
        <translation>从内置的默认场景重新开始</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="58"/>
        <source>Open a scenario file</source>
        <translation>打开场景文件</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="59"/>
        <source>Save the scenario to its file</source>
        <translation>将场景保存到其文件</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="61"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="62"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="63"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="73"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="80"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="90"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="93"/>
        <source>Follow the &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="94"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="95"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="105"/>
        <source>&amp;Scenario</source>
        <translation>场景(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="106"/>
        <source>&amp;Properties…</source>
        <translation>属性(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="114"/>
        <source>Edit the scenario&apos;s name, description and the question its memo answers</source>
        <translation>编辑场景名称、描述以及备忘录回答的问题</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="116"/>
        <source>&amp;Add Option</source>
        <translation>添加选项(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="121"/>
        <source>&amp;Task…</source>
        <translation>任务(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="127"/>
        <source>Say what a task is (a benchmark or measured success rates) to compare options per solved task</source>
        <translation>定义任务（基准测试或实测成功率），按每个已解决任务比较各选项</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="131"/>
        <source>&amp;Catalogs…</source>
        <translation>目录(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="154"/>
        <source>&amp;Update Prices…</source>
        <translation>更新价格(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="158"/>
        <source>Download LiteLLM&apos;s published price list, see what changed and replace the API prices only if you apply it</source>
        <translation>下载 LiteLLM 发布的价格表，查看变化，只有在您确认应用后才替换 API 价格</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="161"/>
        <source>&amp;Benchmark</source>
        <translation>基准测试(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="163"/>
        <source>&amp;Benchmark Panel</source>
        <translation>基准测试面板(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="167"/>
        <source>Local AI &amp;Inventory…</source>
        <translation>本地 AI 清单(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="170"/>
        <source>The models and inference servers on this machine, how exposed they are, and what each model costs here</source>
        <translation>本机上的模型和推理服务器、它们的暴露程度，以及每个模型在本机上的成本</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="173"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="181"/>
        <source>&amp;About PerToken</source>
        <translation>关于 PerToken(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="183"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="186"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="231"/>
        <source>%1[*] — PerToken</source>
        <extracomment>Window title: the scenario&apos;s file name; [*] marks unsaved changes.</extracomment>
        <translation>%1[*] — PerToken</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="251"/>
        <source>&amp;Clear Recent Files</source>
        <translation>清除最近文件(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="306"/>
        <source>Open Scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="307"/>
        <source>PerToken scenarios and memo bundles (*.%1 *.zip);;All files (*)</source>
        <translation>PerToken 场景和备忘录包 (*.%1 *.zip);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="317"/>
        <source>Cannot Open Scenario</source>
        <translation>无法打开场景</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="318"/>
        <source>The scenario could not be opened.

%1</source>
        <translation>无法打开该场景。

%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="334"/>
        <location filename="../ui/main_window.cpp" line="343"/>
        <source>Use Measurement</source>
        <translation>使用测量结果</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="335"/>
        <location filename="../ui/main_window.cpp" line="366"/>
        <source>Select the deployment option the measurement is for.</source>
        <translation>请选择该测量结果所对应的部署选项。</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="344"/>
        <source>The measurement cannot be used for %1.

%2</source>
        <translation>该测量结果不能用于 %1。

%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="349"/>
        <source>Use measurement for %1</source>
        <translation>将测量结果用于 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="356"/>
        <source>%1 now uses the measured throughput</source>
        <translation>%1 现在使用实测吞吐量</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="365"/>
        <location filename="../ui/main_window.cpp" line="371"/>
        <source>Calibrate Option</source>
        <translation>校准选项</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="372"/>
        <source>%1 cannot be calibrated from this measurement.

%2</source>
        <translation>无法用此测量校准 %1。

%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="377"/>
        <source>Calibrate %1</source>
        <translation>校准 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="379"/>
        <source>%1 is now calibrated: %2</source>
        <translation>%1 已校准：%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="392"/>
        <source>scenario.%1</source>
        <translation>场景.%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="395"/>
        <source>Save Scenario As</source>
        <translation>场景另存为</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="396"/>
        <source>PerToken scenarios (*.%1)</source>
        <translation>PerToken 场景 (*.%1)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="407"/>
        <source>Cannot Save Scenario</source>
        <translation>无法保存场景</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="408"/>
        <source>The scenario could not be saved.

%1</source>
        <translation>无法保存该场景。

%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="413"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="422"/>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="423"/>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 有未保存的更改。要保存吗？</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="515"/>
        <source>About PerToken</source>
        <translation>关于 PerToken</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="516"/>
        <source>&lt;h3&gt;PerToken %1&lt;/h3&gt;&lt;p&gt;AI deployment economics: what a million tokens costs through a cloud API, on self-hosted GPUs or on devices you own, where each option breaks even, and how to size a model once inference is counted.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PerToken %1&lt;/h3&gt;&lt;p&gt;AI 部署经济学：通过云 API、在自托管 GPU 上或在自有设备上处理一百万 token 的成本，各选项的盈亏平衡点，以及计入推理成本后应如何确定模型规模。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="351"/>
        <source>%1 now uses the measured throughput and power (%2 W)</source>
        <translation>%1 现在使用实测吞吐量和功率（%2 W）</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="133"/>
        <source>Browse and edit API prices, hardware and models; apply an entry to the selected option</source>
        <translation>浏览和编辑 API 价格、硬件和模型；将条目应用到所选选项</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="135"/>
        <source>&amp;Models</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="138"/>
        <source>&amp;Import Model File…</source>
        <translation>导入模型文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="141"/>
        <source>Read a .gguf file, a Hugging Face config.json or a safetensors index into your model catalog (headers only)</source>
        <translation>将 .gguf 文件、Hugging Face config.json 或 safetensors 索引读入您的模型目录（仅文件头）</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="144"/>
        <source>Import Model &amp;Folder…</source>
        <translation>导入模型文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="148"/>
        <source>Read a Hugging Face snapshot or a model from an Ollama store into your model catalog</source>
        <translation>将 Hugging Face 快照或 Ollama 模型库中的模型读入您的模型目录</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="150"/>
        <source>Add Model by &amp;Hand…</source>
        <translation>手动添加模型(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="174"/>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="178"/>
        <source>How PerToken answers its four questions, in the dashboard and on the command line</source>
        <translation>PerToken 如何在图形界面和命令行中回答它的四个问题</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::MemoExport</name>
    <message>
        <location filename="../ui/export/memo_export.cpp" line="204"/>
        <source>the PDF writer produced no output</source>
        <translation>PDF 写入器未生成任何输出</translation>
    </message>
    <message>
        <location filename="../ui/export/memo_export.cpp" line="271"/>
        <source>%1 (while writing %2)</source>
        <translation>%1（写入 %2 时）</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::ModelEditor</name>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="35"/>
        <source>Custom model</source>
        <translation>自定义模型</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="38"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="38"/>
        <source>lowercase-with-dashes</source>
        <translation>小写字母-以-连字符-分隔</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="39"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="40"/>
        <location filename="../ui/catalog/model_editor.cpp" line="111"/>
        <source>Parameters, total</source>
        <translation>参数，总计</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="41"/>
        <source>count, e.g. 8030261248</source>
        <translation>数量，例如 8030261248</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="43"/>
        <location filename="../ui/catalog/model_editor.cpp" line="112"/>
        <source>Parameters, active per token</source>
        <translation>参数，每个 token 激活</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="44"/>
        <source>empty: as many as the total (dense)</source>
        <translation>留空：与总数相同（稠密）</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="45"/>
        <location filename="../ui/catalog/model_editor.cpp" line="115"/>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="46"/>
        <location filename="../ui/catalog/model_editor.cpp" line="116"/>
        <source>Attention heads</source>
        <translation>注意力头数</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="48"/>
        <location filename="../ui/catalog/model_editor.cpp" line="117"/>
        <source>KV heads</source>
        <translation>KV 头数</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="49"/>
        <source>as many as attention heads for MHA, fewer for GQA</source>
        <translation>MHA 时与注意力头数相同，GQA 时更少</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="50"/>
        <location filename="../ui/catalog/model_editor.cpp" line="118"/>
        <source>Head dimension</source>
        <translation>头维度</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="51"/>
        <location filename="../ui/catalog/model_editor.cpp" line="119"/>
        <source>Experts</source>
        <translation>专家数</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="52"/>
        <source>empty for a dense model</source>
        <translation>稠密模型留空</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="53"/>
        <location filename="../ui/catalog/model_editor.cpp" line="120"/>
        <source>Experts per token</source>
        <translation>每个 token 的专家数</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="55"/>
        <source>Context length (tokens)</source>
        <translation>上下文长度（token）</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="57"/>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="57"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="58"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="59"/>
        <source>model card, config.json or file</source>
        <translation>模型卡、config.json 或文件</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="64"/>
        <source>%1 · SHA-256 %2…</source>
        <extracomment>%1 file name, %2 the first hex digits of its SHA-256.</extracomment>
        <translation>%1 · SHA-256 %2…</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="68"/>
        <source>Imported from</source>
        <translation>导入自</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="97"/>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1：“%2”不是数字</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="99"/>
        <source>%1: is required</source>
        <translation>%1：必填</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="106"/>
        <source>%1: a whole number expected</source>
        <translation>%1：应为整数</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="121"/>
        <source>Context length</source>
        <translation>上下文长度</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="130"/>
        <source>The id &quot;%1&quot; is already used by another custom entry</source>
        <translation>ID“%1”已被另一个自定义条目使用</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::ModelTableModel</name>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="44"/>
        <source>Entered by hand or built in: no file was read</source>
        <translation>手动输入或内置：未读取任何文件</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="47"/>
        <source>SHA-256 of the whole file %1: %2</source>
        <extracomment>%1 file name, %2 hex digest.</extracomment>
        <translation>整个文件 %1 的 SHA-256：%2</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="49"/>
        <source>SHA-256 of the header of %1 (the bytes read; the weights are not read or hashed): %2</source>
        <extracomment>%1 file name, %2 hex digest.</extracomment>
        <translation>%1 文件头的 SHA-256（即所读取的字节；权重既不读取也不计算哈希）：%2</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="90"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="91"/>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="91"/>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="159"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="161"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="163"/>
        <source>Parameters (B)</source>
        <translation>参数（十亿）</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="165"/>
        <source>Active (B)</source>
        <translation>激活（十亿）</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="167"/>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="169"/>
        <source>Heads</source>
        <translation>头数</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="171"/>
        <source>KV heads</source>
        <translation>KV 头数</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="173"/>
        <source>Head dim</source>
        <translation>头维度</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="175"/>
        <source>Context (tokens)</source>
        <translation>上下文（token）</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="177"/>
        <source>KV cache (bytes/token, 16-bit)</source>
        <translation>KV 缓存（字节/token，16 位）</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="179"/>
        <source>Source file</source>
        <translation>源文件</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="181"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="183"/>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="185"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="187"/>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::OptionPanel</name>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="51"/>
        <source>%1 (from scenario)</source>
        <extracomment>A combo box entry for a value that is in the scenario but not in the catalog.</extracomment>
        <translation>%1（来自场景）</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="74"/>
        <source>Cloud API</source>
        <translation>云 API</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="76"/>
        <source>Self-hosted GPUs</source>
        <translation>自托管 GPU</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="78"/>
        <source>On-device</source>
        <translation>端侧设备</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="90"/>
        <source>API price</source>
        <translation>API 价格</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="91"/>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="92"/>
        <location filename="../ui/panels/option_panel.cpp" line="135"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="93"/>
        <location filename="../ui/panels/option_panel.cpp" line="136"/>
        <source>Quantization</source>
        <translation>量化</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="94"/>
        <location filename="../ui/panels/option_panel.cpp" line="137"/>
        <source>Engine</source>
        <translation>推理引擎</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="95"/>
        <location filename="../ui/panels/option_panel.cpp" line="138"/>
        <source>Acquisition</source>
        <translation>获取方式</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="96"/>
        <location filename="../ui/panels/option_panel.cpp" line="139"/>
        <source>Device cost</source>
        <translation>设备成本</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="109"/>
        <location filename="../ui/panels/option_panel.cpp" line="211"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="116"/>
        <source>Continuous batching (vLLM, SGLang, TensorRT-LLM)</source>
        <extracomment>Engine profile: vLLM, SGLang, TensorRT-LLM split every layer over the GPUs and batch requests continuously.</extracomment>
        <translation>连续批处理（vLLM、SGLang、TensorRT-LLM）</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="119"/>
        <source>Layer split (llama.cpp, Ollama, LM Studio)</source>
        <extracomment>Engine profile: llama.cpp gives each GPU a run of layers, one after another.</extracomment>
        <translation>按层切分（llama.cpp、Ollama、LM Studio）</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="123"/>
        <source>Continuous batching, expert parallel (MoE)</source>
        <extracomment>Engine profile: a mixture-of-experts model with its experts spread over the GPUs and attention copied on each (SGLang, vLLM with expert parallelism).</extracomment>
        <translation>连续批处理，专家并行（MoE）</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="125"/>
        <source>How the serving engine spreads a replica over its GPUs; it decides the speed of a multi-GPU replica and which fitted efficiencies apply</source>
        <translation>推理引擎如何把一个副本分布到其 GPU 上；它决定多 GPU 副本的速度以及采用哪组拟合效率</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="128"/>
        <source>Rent by the hour</source>
        <translation>按小时租用</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="129"/>
        <source>Buy and depreciate</source>
        <translation>购买并折旧</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="130"/>
        <source>Amortized share of the price</source>
        <translation>按比例分摊设备价格</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="131"/>
        <source>Marginal: electricity only</source>
        <translation>边际成本：仅电费</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="133"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="134"/>
        <location filename="../ui/panels/option_panel.cpp" line="228"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="190"/>
        <source>No option selected</source>
        <translation>未选择选项</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="200"/>
        <source>%1 — %2</source>
        <extracomment>The option panel&apos;s title: option name and its kind.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="214"/>
        <source>List price as of %1 · %2</source>
        <extracomment>%1 date the price was read, %2 where it comes from.</extracomment>
        <translation>截至 %1 的标价 · %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="223"/>
        <source>%1: figures as of %2 · %3</source>
        <extracomment>%1 hardware, %2 date its figures were read, %3 their source.</extracomment>
        <translation>%1：数据截至 %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="237"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="295"/>
        <source>Choose %1 for %2</source>
        <extracomment>Undo menu text: %1 what was chosen, %2 the option&apos;s name.</extracomment>
        <translation>为 %2 选择 %1</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::OptionsPanel</name>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="26"/>
        <source>Cloud API</source>
        <translation>云 API</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="28"/>
        <source>Self-hosted</source>
        <translation>自托管</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="30"/>
        <source>On-device</source>
        <translation>端侧设备</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="49"/>
        <source>Cloud &amp;API</source>
        <translation>云 API(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="50"/>
        <source>&amp;Self-hosted GPU</source>
        <translation>自托管 GPU(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="51"/>
        <source>&amp;On-device</source>
        <translation>端侧设备(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="52"/>
        <source>&amp;Duplicate Option</source>
        <translation>复制选项(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="53"/>
        <source>&amp;Remove Option</source>
        <translation>删除选项(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="58"/>
        <source>Option</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="58"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="65"/>
        <source>Deployment options</source>
        <translation>部署选项</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="68"/>
        <source>Add a cloud API option priced from the catalog</source>
        <translation>添加按目录定价的云 API 选项</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="69"/>
        <source>Add a model served on rented or bought GPUs</source>
        <translation>添加在租用或购买的 GPU 上运行的模型</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="70"/>
        <source>Add a model running on a laptop or desktop</source>
        <translation>添加在笔记本电脑或台式机上运行的模型</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="71"/>
        <source>Copy the selected option</source>
        <translation>复制所选选项</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="72"/>
        <source>Remove the selected option</source>
        <translation>删除所选选项</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="88"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="93"/>
        <source>Add option</source>
        <translation>添加选项</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="166"/>
        <source>%1 (%2): double-click to rename, untick to leave it out of the comparison</source>
        <translation>%1（%2）：双击可重命名，取消勾选可将其排除在比较之外</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="231"/>
        <source>Price %1 as %2 %3</source>
        <translation>按 %2 %3 为 %1 定价</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="245"/>
        <source>Run %1 on %2</source>
        <translation>在 %2 上运行 %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="260"/>
        <source>Run %2 in %1</source>
        <extracomment>Undo text: %1 option name, %2 model name.</extracomment>
        <translation>在 %1 中运行 %2</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::ParameterEditor</name>
    <message>
        <location filename="../ui/widgets/parameter_editor.cpp" line="94"/>
        <source>not requested</source>
        <extracomment>Shown in a planner spin box at 0: the answer this input asks for is not computed.</extracomment>
        <translation>未请求</translation>
    </message>
    <message>
        <location filename="../ui/widgets/parameter_editor.cpp" line="111"/>
        <source>%1: from %2 to %3 %4</source>
        <extracomment>Tooltip of a parameter: %1 label, %2 lowest value, %3 highest value, %4 unit.</extracomment>
        <translation>%1：%2 到 %3 %4</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::PlannerCharts</name>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="111"/>
        <location filename="../ui/charts/planner_plots.cpp" line="205"/>
        <source>Loss against training compute</source>
        <translation>损失与训练算力</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="113"/>
        <source>Model size against query volume</source>
        <translation>模型规模与查询量</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="117"/>
        <source>Best pass@k against budget</source>
        <translation>最佳 pass@k 与预算</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="161"/>
        <location filename="../ui/charts/planner_plots.cpp" line="207"/>
        <source>Training compute (FLOPs)</source>
        <translation>训练算力 (FLOPs)</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="161"/>
        <location filename="../ui/charts/planner_plots.cpp" line="209"/>
        <source>Loss (nats per token)</source>
        <translation>损失（nats/token）</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="156"/>
        <location filename="../ui/charts/planner_plots.cpp" line="217"/>
        <source>%1 parameters</source>
        <translation>%1 参数</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="157"/>
        <location filename="../ui/charts/planner_plots.cpp" line="224"/>
        <source>Compute-optimal frontier</source>
        <translation>计算最优前沿</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="159"/>
        <location filename="../ui/charts/planner_plots.cpp" line="229"/>
        <source>Your budget</source>
        <translation>您的预算</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="246"/>
        <source>Model size against query volume: no queries to plan for</source>
        <translation>模型规模与查询量：没有需要规划的查询</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="247"/>
        <source>Model size against query volume (train-to-test)</source>
        <translation>模型规模与查询量（训练-测试联合优化）</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="174"/>
        <location filename="../ui/charts/planner_plots.cpp" line="249"/>
        <source>Lifetime queries (queries)</source>
        <translation>生命周期查询数（次）</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="251"/>
        <source>Parameters (count)</source>
        <translation>参数（数量）</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="253"/>
        <source>Training tokens per parameter</source>
        <translation>每参数训练 token 数</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="255"/>
        <source>Parameters, T² optimum</source>
        <translation>参数，T² 最优</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="260"/>
        <source>Parameters, Chinchilla point</source>
        <translation>参数，Chinchilla 点</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="177"/>
        <location filename="../ui/charts/planner_plots.cpp" line="266"/>
        <source>Tokens per parameter, T² optimum</source>
        <translation>每参数 token 数，T² 最优</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="288"/>
        <source>Best pass@k against budget: no queries to plan for</source>
        <translation>最佳 pass@k 与预算：没有需要规划的查询</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="289"/>
        <source>Best pass@k against budget (train-to-test)</source>
        <translation>最佳 pass@k 与预算（训练-测试联合优化）</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="194"/>
        <location filename="../ui/charts/planner_plots.cpp" line="304"/>
        <source>End-to-end budget (USD)</source>
        <translation>端到端预算（美元）</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="196"/>
        <location filename="../ui/charts/planner_plots.cpp" line="308"/>
        <source>End-to-end budget (FLOPs)</source>
        <translation>端到端预算 (FLOPs)</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="197"/>
        <location filename="../ui/charts/planner_plots.cpp" line="310"/>
        <source>pass@k (share of questions)</source>
        <translation>pass@k（问题占比）</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="182"/>
        <location filename="../ui/charts/planner_plots.cpp" line="312"/>
        <source>T² optimum (best k)</source>
        <translation>T² 最优（最佳 k）</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="183"/>
        <location filename="../ui/charts/planner_plots.cpp" line="316"/>
        <source>Chinchilla point (k = 1)</source>
        <translation>Chinchilla 点 (k = 1)</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="188"/>
        <location filename="../ui/charts/planner_plots.cpp" line="324"/>
        <source>T² optimum at your budget</source>
        <translation>您预算下的 T² 最优</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="189"/>
        <location filename="../ui/charts/planner_plots.cpp" line="329"/>
        <source>Chinchilla point at your budget</source>
        <translation>您预算下的 Chinchilla 点</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_charts.cpp" line="237"/>
        <source>%1
Training compute: %2 FLOPs
Loss: %3 nats per token</source>
        <translation>%1
训练算力：%2 FLOPs
损失：%3 nats/token</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_charts.cpp" line="243"/>
        <source>
Training tokens: %1</source>
        <translation>
训练 token 数：%1</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_charts.cpp" line="253"/>
        <source>%1
Lifetime queries: %2
Parameters: %3 (1 sample per query)</source>
        <translation>%1
生命周期查询数：%2
参数：%3（每次查询 1 个样本）</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_charts.cpp" line="255"/>
        <source>%1
Lifetime queries: %2
Parameters: %3
Training tokens per parameter: %4
Samples per query: %5</source>
        <translation>%1
生命周期查询数：%2
参数：%3
每参数训练 token 数：%4
每次查询样本数：%5</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_charts.cpp" line="261"/>
        <source>%1 FLOPs</source>
        <translation>%1 FLOPs</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_charts.cpp" line="263"/>
        <source>%1
Budget: %2
pass@k: %3%</source>
        <translation>%1
预算：%2
pass@k：%3%</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_charts.cpp" line="267"/>
        <source>
Parameters: %1
Training tokens: %2
Samples per query: %3</source>
        <translation>
参数：%1
训练 token 数：%2
每次查询样本数：%3</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_charts.cpp" line="73"/>
        <source>%1: data</source>
        <translation>%1：数据</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_charts.cpp" line="80"/>
        <location filename="../ui/charts/planner_charts.cpp" line="141"/>
        <source>Show data table</source>
        <translation>显示数据表</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_charts.cpp" line="84"/>
        <source>Show the numbers this chart draws as a table</source>
        <translation>以表格形式显示此图表绘制的数值</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_charts.cpp" line="87"/>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_charts.cpp" line="89"/>
        <source>Save this chart as PNG, SVG or PDF, or its data as CSV</source>
        <translation>将此图表保存为 PNG、SVG 或 PDF，或将其数据保存为 CSV</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_charts.cpp" line="92"/>
        <source>Copy chart as image</source>
        <translation>将图表复制为图像</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_charts.cpp" line="141"/>
        <source>Show chart</source>
        <translation>显示图表</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="161"/>
        <location filename="../ui/charts/planner_plots.cpp" line="193"/>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="175"/>
        <source>Parameters, T² optimum (count)</source>
        <translation>参数，T² 最优（数量）</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="176"/>
        <source>Parameters, Chinchilla point (count)</source>
        <translation>参数，Chinchilla 点（数量）</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="178"/>
        <source>Samples per query, T² optimum</source>
        <translation>每次查询采样数，T² 最优</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::PlannerPanel</name>
    <message>
        <location filename="../ui/panels/planner_panel.cpp" line="23"/>
        <source>The planner cannot answer: %1</source>
        <translation>规划器无法给出答案：%1</translation>
    </message>
    <message>
        <location filename="../ui/panels/planner_panel.cpp" line="28"/>
        <source>&lt;b&gt;Compute-optimal:&lt;/b&gt; %1 parameters on %2 tokens (%3 tokens per parameter), loss %4 nats/token</source>
        <extracomment>Compute-optimal answer: parameters, training tokens, tokens per parameter, loss.</extracomment>
        <translation>&lt;b&gt;计算最优：&lt;/b&gt;%1 参数，%2 token（每参数 %3 token），损失 %4 nats/token</translation>
    </message>
    <message>
        <location filename="../ui/panels/planner_panel.cpp" line="36"/>
        <source>&lt;b&gt;Inference-aware:&lt;/b&gt; %1 parameters on %2 tokens; Chinchilla at the same loss: %3 parameters</source>
        <translation>&lt;b&gt;推理感知：&lt;/b&gt;%1 参数，%2 token；相同损失下的 Chinchilla：%3 参数</translation>
    </message>
    <message>
        <location filename="../ui/panels/planner_panel.cpp" line="42"/>
        <source>&amp;nbsp;&amp;nbsp;lifetime cost %1 (training %2, inference %3)</source>
        <extracomment>Inference-aware answer in dollars: %1 lifetime cost, %2 training, %3 inference.</extracomment>
        <translation>&amp;nbsp;&amp;nbsp;全生命周期成本 %1（训练 %2，推理 %3）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/planner_panel.cpp" line="49"/>
        <source>&lt;b&gt;Train-to-test:&lt;/b&gt; %1 parameters on %2 tokens, %n sample(s) per query, pass@k %3%</source>
        <translation>
            <numerusform>&lt;b&gt;训练-测试联合优化：&lt;/b&gt;%1 参数，%2 token，每次查询 %n 个样本，pass@k %3%</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/planner_panel.cpp" line="56"/>
        <source>&amp;nbsp;&amp;nbsp;training %1, inference %2</source>
        <extracomment>Train-to-test answer in dollars: %1 training cost, %2 inference cost.</extracomment>
        <translation>&amp;nbsp;&amp;nbsp;训练 %1，推理 %2</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="29"/>
        <location filename="../ui/preferences_dialog.cpp" line="122"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="32"/>
        <source>System</source>
        <extracomment>Language choice: use the language of the operating system.</extracomment>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="42"/>
        <source> s</source>
        <extracomment>Unit after the autosave interval, in seconds.</extracomment>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="44"/>
        <source>How often an unsaved scenario is written to the autosave folder, for recovery after a crash</source>
        <translation>未保存的场景写入自动保存文件夹的频率，用于崩溃后恢复</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="50"/>
        <source> months</source>
        <extracomment>Unit after the number of months in &quot;Mark prices older than … months&quot;.</extracomment>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="52"/>
        <source>A price read longer ago than this is marked in the price table, in chart tooltips and in the memo</source>
        <translation>读取时间早于此的价格会在价格表、图表提示和备忘录中标出</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="63"/>
        <source>The currency money is shown in (ISO 4217 code). Prices and costs stay stored in US dollars.</source>
        <translation>金额显示所用的货币（ISO 4217 代码）。价格和成本仍以美元存储。</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="69"/>
        <source>Units of the display currency for one US dollar</source>
        <translation>一美元可兑换的显示货币单位数</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="74"/>
        <source>The day the exchange rate was read; the memo states it</source>
        <translation>读取汇率的日期；备忘录会注明</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="78"/>
        <source>The language changes the next time PerToken starts.</source>
        <translation>语言将在 PerToken 下次启动时更改。</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="85"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="87"/>
        <source>&amp;Autosave every:</source>
        <translation>自动保存间隔(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="88"/>
        <source>&amp;Mark prices older than:</source>
        <translation>标记早于此时间的价格(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="89"/>
        <source>Display &amp;currency:</source>
        <translation>显示货币(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="91"/>
        <source>&amp;Rate per US dollar:</source>
        <extracomment>Exchange rate: how many units of the display currency one US dollar buys.</extracomment>
        <translation>每美元汇率(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="92"/>
        <source>Rate &amp;date:</source>
        <translation>汇率日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="119"/>
        <source>Display currency</source>
        <translation>显示货币</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::PriceDownloader</name>
    <message>
        <location filename="../ui/catalog/price_downloader.cpp" line="52"/>
        <source>“%1” is not a web address: it must start with https:// or http://</source>
        <extracomment>%1 the address the user entered.</extracomment>
        <translation>“%1”不是网址：必须以 https:// 或 http:// 开头</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_downloader.cpp" line="114"/>
        <source>The file is larger than %1 MB, more than any price list needs; the download was stopped.</source>
        <extracomment>%1 the size limit in megabytes.</extracomment>
        <translation>文件大于 %1 MB，超出任何价格表所需；下载已停止。</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_downloader.cpp" line="119"/>
        <source>The download took longer than %1 s and was stopped.</source>
        <translation>下载耗时超过 %1 秒，已停止。</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_downloader.cpp" line="128"/>
        <source>The server sent nothing for %1 s; the download was stopped.</source>
        <translation>服务器 %1 秒内没有发送任何数据；下载已停止。</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_downloader.cpp" line="135"/>
        <source>The server answered HTTP %1 %2.</source>
        <extracomment>%1 HTTP status code, %2 its reason (&quot;Internal Server Error&quot;).</extracomment>
        <translation>服务器返回 HTTP %1 %2。</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_downloader.cpp" line="141"/>
        <source>The download failed: %1</source>
        <translation>下载失败：%1</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_downloader.cpp" line="150"/>
        <source>The connection closed after %1 of %2 bytes; the file is incomplete.</source>
        <extracomment>%1 bytes received, %2 bytes the server announced.</extracomment>
        <translation>连接在 %2 字节中的 %1 字节后关闭；文件不完整。</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::PriceUpdateDialog</name>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="29"/>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="31"/>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="33"/>
        <source>cached input</source>
        <translation>缓存输入</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="35"/>
        <source>long-context input</source>
        <translation>长上下文输入</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="37"/>
        <source>long-context output</source>
        <translation>长上下文输出</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="41"/>
        <source>long-context cached input</source>
        <translation>长上下文缓存输入</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="48"/>
        <source>not offered</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="50"/>
        <source>$%1 per M tokens</source>
        <extracomment>%1 a price in US dollars per million tokens.</extracomment>
        <translation>每百万 token %1 美元</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="57"/>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="312"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="81"/>
        <source>&amp;Download</source>
        <translation>下载(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="82"/>
        <source>&amp;Cancel download</source>
        <translation>取消下载(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="83"/>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="88"/>
        <source>Update prices</source>
        <translation>更新价格</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="90"/>
        <source>Where LiteLLM&apos;s model_prices_and_context_window.json is downloaded from. Nothing is downloaded until you press Download.</source>
        <translation>LiteLLM 的 model_prices_and_context_window.json 的下载地址。在您按下“下载”之前不会下载任何内容。</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="95"/>
        <source>Replace the price catalog by the one listed here; the current one is kept and can be restored</source>
        <translation>用此处列出的目录替换价格目录；当前目录会被保留，可以恢复</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="101"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="101"/>
        <source>Rate</source>
        <translation>费率</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="101"/>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="101"/>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="115"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="125"/>
        <source>Press Download to fetch the current price list. Nothing changes until you press Apply.</source>
        <translation>按“下载”获取最新价格表。在您按“应用”之前不会有任何更改。</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="145"/>
        <source>Nothing changed. %1</source>
        <translation>未作任何更改。%1</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="150"/>
        <source>Download cancelled; nothing changed.</source>
        <translation>下载已取消；未作任何更改。</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="211"/>
        <source>The price catalog in use cannot be read: %1</source>
        <translation>无法读取正在使用的价格目录：%1</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="218"/>
        <source>Downloading %1 …</source>
        <translation>正在下载 %1 …</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="236"/>
        <source>Nothing changed: the file is not LiteLLM&apos;s price list, which is a JSON object keyed by model name; it starts with “%1”.</source>
        <extracomment>%1 the start of what the server sent.</extracomment>
        <translation>未作任何更改：该文件不是 LiteLLM 的价格表（以模型名为键的 JSON 对象）；它以“%1”开头。</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="248"/>
        <source>Nothing changed: the downloaded file was refused: %1</source>
        <translation>未作任何更改：下载的文件被拒绝：%1</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="255"/>
        <source>Nothing changed: %1 is a PerToken price catalog, not LiteLLM&apos;s price list; use Import price file… for it.</source>
        <translation>未作任何更改：%1 是 PerToken 价格目录，不是 LiteLLM 的价格表；请使用“导入价格文件…”。</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="267"/>
        <source>%1 added, %2 removed, %3 prices up, %4 prices down; %5 entries unchanged. %6 entries of the file were malformed and left out.</source>
        <extracomment>%1 … %5 counts of entries and rates; %6 entries the file left out as malformed.</extracomment>
        <translation>新增 %1 个，移除 %2 个，%3 个价格上涨，%4 个价格下降；%5 个条目未变。文件中有 %6 个条目格式错误，已略过。</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="275"/>
        <source>Nothing to apply.</source>
        <translation>没有可应用的内容。</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="276"/>
        <source>Press Apply to use these prices.</source>
        <translation>按“应用”以使用这些价格。</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="298"/>
        <source>input %1, output %2</source>
        <extracomment>%1 input price, %2 output price, both already with their unit.</extracomment>
        <translation>输入 %1，输出 %2</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="319"/>
        <source>Prices up (%1)</source>
        <translation>价格上涨（%1）</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="320"/>
        <source>Prices down (%1)</source>
        <translation>价格下降（%1）</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="321"/>
        <source>Newly offered rates (%1)</source>
        <translation>新提供的费率（%1）</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="322"/>
        <source>Rates no longer offered (%1)</source>
        <translation>不再提供的费率（%1）</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="323"/>
        <source>Removed (%1)</source>
        <translation>已移除（%1）</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="324"/>
        <source>Added (%1)</source>
        <translation>新增（%1）</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="331"/>
        <source>Nothing to apply: download the price list first.</source>
        <translation>没有可应用的内容：请先下载价格表。</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="336"/>
        <source>Nothing changed: %1</source>
        <translation>未作任何更改：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/catalog/price_update_dialog.cpp" line="340"/>
        <source>Applied: %n entries in the price catalog. Restore previous prices brings the old ones back.</source>
        <translation>
            <numerusform>已应用：价格目录中有 %n 个条目。“恢复先前的价格”可恢复旧价格。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pertoken::ui::QualityScores</name>
    <message>
        <location filename="../ui/catalog/editor_fields.cpp" line="48"/>
        <source>HumanEval | 72.6 | https://… model card | 2026-12-05</source>
        <translation>HumanEval | 72.6 | https://… 模型卡 | 2026-12-05</translation>
    </message>
    <message>
        <location filename="../ui/catalog/editor_fields.cpp" line="50"/>
        <source>Published benchmark scores, one a line: benchmark | percent of tasks solved in one attempt | source URL | date read (YYYY-MM-DD)</source>
        <translation>公布的基准分数，每行一条：基准 | 一次尝试解决的任务百分比 | 来源 URL | 读取日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../ui/catalog/editor_fields.cpp" line="56"/>
        <source>Quality scores</source>
        <translation>质量分数</translation>
    </message>
    <message>
        <location filename="../ui/catalog/editor_fields.cpp" line="75"/>
        <source>Quality scores, line %1: expected &quot;benchmark | percent solved | source | YYYY-MM-DD&quot;</source>
        <extracomment>%1 the line number in the quality scores field.</extracomment>
        <translation>质量分数，第 %1 行：应为“基准 | 解决百分比 | 来源 | YYYY-MM-DD”</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::ScenarioDocument</name>
    <message>
        <location filename="../ui/scenario_document.cpp" line="29"/>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::ScenarioPropertiesDialog</name>
    <message>
        <location filename="../ui/scenario_properties_dialog.cpp" line="24"/>
        <source>Uncertainty bands include the throughput &amp;model&apos;s error</source>
        <extracomment>Check box in Scenario Properties.</extracomment>
        <translation>不确定性区间包含吞吐量模型(&amp;M)的误差</translation>
    </message>
    <message>
        <location filename="../ui/scenario_properties_dialog.cpp" line="27"/>
        <source>Scenario Properties</source>
        <translation>场景属性</translation>
    </message>
    <message>
        <location filename="../ui/scenario_properties_dialog.cpp" line="32"/>
        <source>Empty: the memo asks the cheapest way to serve the workload</source>
        <translation>留空：备忘录询问满足工作负载的最便宜方式</translation>
    </message>
    <message>
        <location filename="../ui/scenario_properties_dialog.cpp" line="41"/>
        <source>Each Monte Carlo sample also multiplies an estimated throughput by a factor drawn so that 90% of draws fall within the option&apos;s published error band</source>
        <translation>每个蒙特卡洛样本还会将估算吞吐量乘以一个随机因子，使 90% 的抽样落在该选项公布的误差范围内</translation>
    </message>
    <message>
        <location filename="../ui/scenario_properties_dialog.cpp" line="46"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/scenario_properties_dialog.cpp" line="47"/>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/scenario_properties_dialog.cpp" line="49"/>
        <source>Memo &amp;question:</source>
        <extracomment>The question the decision memo answers; it is also the memo&apos;s title.</extracomment>
        <translation>备忘录问题(&amp;Q)：</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::SensitivityChart</name>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="48"/>
        <source>Input −20%</source>
        <translation>输入 −20%</translation>
    </message>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="49"/>
        <source>Input +20%</source>
        <translation>输入 +20%</translation>
    </message>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="101"/>
        <source>%1: change in cost (%)</source>
        <extracomment>Tornado axis title: the option whose cost per million tokens changes.</extracomment>
        <translation>%1：成本变化（%）</translation>
    </message>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="102"/>
        <source>%1: change in USD per million tokens</source>
        <translation>%1：每百万 token 成本变化（美元）</translation>
    </message>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="105"/>
        <source>Change in cost (%)</source>
        <translation>成本变化（%）</translation>
    </message>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="107"/>
        <source>Change in %1/M tokens</source>
        <translation>变化（%1/百万 token）</translation>
    </message>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="120"/>
        <source>Base cost</source>
        <translation>基准成本</translation>
    </message>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="138"/>
        <source>Sensitivity of cost per million tokens to each input (±20%)</source>
        <translation>每百万 token 成本对各输入的敏感性（±20%）</translation>
    </message>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="191"/>
        <source>%1 (%2)</source>
        <extracomment>Tornado row: parameter label and its unit (&quot;GPU rental price (USD/GPU-h)&quot;).</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="193"/>
        <source>%1: %2</source>
        <extracomment>Tornado tooltip heading: parameter label, its value and unit.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="194"/>
        <source>%1: %2 %3</source>
        <translation>%1：%2 %3</translation>
    </message>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="227"/>
        <source>Option</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="228"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="229"/>
        <source>Base value</source>
        <translation>基准值</translation>
    </message>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="230"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="231"/>
        <source>Base cost (USD per million tokens)</source>
        <translation>基准成本（美元/百万 token）</translation>
    </message>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="232"/>
        <source>Cost at −20% (USD per million tokens)</source>
        <translation>−20% 时的成本（美元/百万 token）</translation>
    </message>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="233"/>
        <source>Cost at +20% (USD per million tokens)</source>
        <translation>+20% 时的成本（美元/百万 token）</translation>
    </message>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="268"/>
        <source>No sensitivity results: no enabled option can serve this workload.</source>
        <translation>无敏感性结果：没有已启用的选项能够承载此工作负载。</translation>
    </message>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="289"/>
        <source>%1
Input −20%: %2 per million tokens
Input +20%: %3 per million tokens
%4 now: %5 per million tokens</source>
        <extracomment>Tornado tooltip: input, the option&apos;s cost with the input at −20% and +20%, and the base.</extracomment>
        <translation>%1
输入 −20%：每百万 token %2
输入 +20%：每百万 token %3
%4 当前：每百万 token %5</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::SolvedTaskChart</name>
    <message>
        <location filename="../ui/charts/solved_task_chart.cpp" line="29"/>
        <source>%1%</source>
        <extracomment>A share of tasks solved, in percent.</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../ui/charts/solved_task_chart.cpp" line="48"/>
        <source>%1 (short of the share)</source>
        <extracomment>Category label of an option that solves less than the task&apos;s least share at any number of samples allowed.</extracomment>
        <translation>%1（未达比例）</translation>
    </message>
    <message>
        <location filename="../ui/charts/solved_task_chart.cpp" line="53"/>
        <source>One sample per task</source>
        <translation>每个任务一次采样</translation>
    </message>
    <message>
        <location filename="../ui/charts/solved_task_chart.cpp" line="54"/>
        <source>Best number of samples</source>
        <translation>最佳采样次数</translation>
    </message>
    <message>
        <location filename="../ui/charts/solved_task_chart.cpp" line="95"/>
        <source>USD per solved task</source>
        <translation>每个已解决任务的美元成本</translation>
    </message>
    <message>
        <location filename="../ui/charts/solved_task_chart.cpp" line="97"/>
        <source>%1/solved task</source>
        <extracomment>Short axis title where the long one does not fit; %1 a currency code.</extracomment>
        <translation>%1/已解决任务</translation>
    </message>
    <message>
        <location filename="../ui/charts/solved_task_chart.cpp" line="116"/>
        <source>Cost per solved task</source>
        <translation>每个已解决任务的成本</translation>
    </message>
    <message>
        <location filename="../ui/charts/solved_task_chart.cpp" line="121"/>
        <source>No option has a success rate for this scenario&apos;s task.
Name a benchmark the options&apos; models have published scores for, or enter measured success rates, in Scenario ▸ Task.</source>
        <translation>没有选项具有此场景任务的成功率。
请在“场景 ▸ 任务”中指定各选项模型已公布分数的基准，或输入实测成功率。</translation>
    </message>
    <message>
        <location filename="../ui/charts/solved_task_chart.cpp" line="167"/>
        <source>Option</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../ui/charts/solved_task_chart.cpp" line="168"/>
        <source>USD per attempt</source>
        <translation>每次尝试的美元成本</translation>
    </message>
    <message>
        <location filename="../ui/charts/solved_task_chart.cpp" line="169"/>
        <source>Solved in one sample (fraction)</source>
        <translation>一次采样解决（比例）</translation>
    </message>
    <message>
        <location filename="../ui/charts/solved_task_chart.cpp" line="170"/>
        <source>USD per solved task, one sample</source>
        <translation>每个已解决任务的美元成本，一次采样</translation>
    </message>
    <message>
        <location filename="../ui/charts/solved_task_chart.cpp" line="171"/>
        <source>Best samples per task</source>
        <translation>每个任务的最佳采样次数</translation>
    </message>
    <message>
        <location filename="../ui/charts/solved_task_chart.cpp" line="172"/>
        <source>Solved at best samples (fraction)</source>
        <translation>最佳采样次数下解决（比例）</translation>
    </message>
    <message>
        <location filename="../ui/charts/solved_task_chart.cpp" line="173"/>
        <source>USD per solved task, best samples</source>
        <translation>每个已解决任务的美元成本，最佳采样次数</translation>
    </message>
    <message>
        <location filename="../ui/charts/solved_task_chart.cpp" line="204"/>
        <source>%1
%2 per attempt, %3 solved in one sample: %4 per solved task
%5 samples: %6 solved, %7 per solved task</source>
        <extracomment>Cost per solved task tooltip: option, cost per attempt, share solved in one sample, cost per solved task with one sample, best number of samples, share solved with them, cost.</extracomment>
        <translation>%1
每次尝试 %2，一次采样解决 %3：每个已解决任务 %4
%5 次采样：解决 %6，每个已解决任务 %7</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::StatusLine</name>
    <message>
        <location filename="../ui/panels/status_line.cpp" line="61"/>
        <source>evaluated in %1 ms</source>
        <translation>计算耗时 %1 毫秒</translation>
    </message>
    <message>
        <location filename="../ui/panels/status_line.cpp" line="64"/>
        <source>autosave failed</source>
        <translation>自动保存失败</translation>
    </message>
    <message>
        <location filename="../ui/panels/status_line.cpp" line="66"/>
        <source>autosaved %1</source>
        <translation>已于 %1 自动保存</translation>
    </message>
    <message>
        <location filename="../ui/panels/status_line.cpp" line="69"/>
        <source>scenario: %1%2</source>
        <extracomment>The scenario&apos;s file name; %2 is &quot;*&quot; while it has unsaved changes.</extracomment>
        <translation>场景：%1%2</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::SummaryPanel</name>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="33"/>
        <source>list price</source>
        <translation>标价</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="36"/>
        <source>measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="39"/>
        <source>calibrated</source>
        <extracomment>Basis of an estimate: the roofline over this machine&apos;s measured bandwidth and compute.</extracomment>
        <translation>校准</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="43"/>
        <source>roofline</source>
        <translation>Roofline 估算</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="49"/>
        <source>left out of the comparison</source>
        <translation>已排除在比较之外</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="54"/>
        <source>misses the time-to-first-token target</source>
        <translation>未达到首 token 时间目标</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="56"/>
        <source>misses the time-per-token target</source>
        <translation>未达到每 token 时间目标</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="59"/>
        <source>throughput ±%1% (90% of %2 published cases)</source>
        <extracomment>Error band of an estimated throughput: %1 percent, %2 published cases of its class.</extracomment>
        <translation>吞吐量 ±%1%（%2 个公开案例的 90%）</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="65"/>
        <source>%1% busy; usage-based %2</source>
        <extracomment>%1 share of provisioned time spent serving, %2 cost per million tokens when paying only for busy hours.</extracomment>
        <translation>%1% 忙碌；按用量计 %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="69"/>
        <source>; </source>
        <extracomment>Separates the notes about one option (&quot;misses the time-per-token target; 16% busy&quot;).</extracomment>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="76"/>
        <source>peak concurrency in proportion to volume</source>
        <translation>峰值并发与用量成正比</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="78"/>
        <source>peak concurrency fixed at %1 requests</source>
        <extracomment>%1 the workload&apos;s peak concurrent requests.</extracomment>
        <translation>峰值并发固定为 %1 个请求</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="149"/>
        <source>Option</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="149"/>
        <source>$ / M tokens</source>
        <translation>$ / 百万 token</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="149"/>
        <location filename="../ui/panels/summary_panel.cpp" line="153"/>
        <source>$ / month</source>
        <translation>$ / 月</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="149"/>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="150"/>
        <source>Output tok/s</source>
        <translation>输出 token/秒</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="150"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="153"/>
        <source>Break-even between</source>
        <translation>盈亏平衡双方</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="153"/>
        <source>Tokens/month</source>
        <translation>token/月</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="167"/>
        <source>Cost of each option</source>
        <translation>各选项成本</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="168"/>
        <source>Break-even volumes</source>
        <translation>盈亏平衡用量</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="175"/>
        <source>Cheapest</source>
        <translation>最便宜</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="176"/>
        <source>Break-even</source>
        <translation>盈亏平衡</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="177"/>
        <source>Workload</source>
        <translation>工作负载</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="233"/>
        <source>%1, %2 — cheapest, misses targets</source>
        <translation>%1，%2 — 最便宜，但未达目标</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="235"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="237"/>
        <location filename="../ui/panels/summary_panel.cpp" line="266"/>
        <location filename="../ui/panels/summary_panel.cpp" line="348"/>
        <source>none</source>
        <extracomment>Break-even volume of a pair where one option misses a latency target.</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="238"/>
        <source>No enabled option can serve this workload.</source>
        <translation>没有已启用的选项能够承载此工作负载。</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="246"/>
        <source>per solved task: %1, %2</source>
        <extracomment>Added to the Cheapest card: %1 the option&apos;s name, %2 its cost per solved task.</extracomment>
        <translation>每个已解决任务：%1，%2</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="260"/>
        <location filename="../ui/panels/summary_panel.cpp" line="344"/>
        <source>%1 vs %2</source>
        <extracomment>%1 and %2 are the two options whose monthly costs cross at this volume.</extracomment>
        <translation>%1 对比 %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="263"/>
        <source>Each costs %1 at that volume; %2</source>
        <extracomment>%1 both options&apos; monthly cost at the break-even volume, %2 the rule it follows.</extracomment>
        <translation>在该用量下每项成本为 %1；%2</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="268"/>
        <source>The cheapest option stays cheapest from 1 K to 1,000 T tokens/month.</source>
        <translation>从每月 1 K 到 1,000 T token，最便宜的选项始终最便宜。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/summary_panel.cpp" line="274"/>
        <source>%1 of %n options meet the latency targets</source>
        <extracomment>%1 options that can serve the workload within its latency targets, %n enabled options.</extracomment>
        <translation>
            <numerusform>%n 个选项中有 %1 个满足延迟目标</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="326"/>
        <source>As volume varies: %1.</source>
        <extracomment>Under the break-even table: %1 what break-even volumes hold fixed as volume varies.</extracomment>
        <translation>用量变化时：%1。</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="349"/>
        <source>No break-even where both can serve: one of the two misses a latency target.</source>
        <translation>在两者都能服务的范围内没有盈亏平衡点：其中一个未达延迟目标。</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="388"/>
        <source>%1 / M tokens</source>
        <extracomment>Column title: %1 the currency symbol (&quot;$&quot;, &quot;€&quot;).</extracomment>
        <translation>%1 / 百万 token</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="390"/>
        <source>%1 / month</source>
        <extracomment>Column title: %1 the currency symbol (&quot;$&quot;, &quot;€&quot;).</extracomment>
        <translation>%1 / 月</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::TaskDialog</name>
    <message>
        <location filename="../ui/panels/task_dialog.cpp" line="50"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../ui/panels/task_dialog.cpp" line="55"/>
        <source>Compare options per task solved: cost per attempt ÷ share of tasks solved, and with several samples per task, k × (cost per attempt + check) ÷ pass@k.</source>
        <translation>按每个已解决任务比较选项：每次尝试成本 ÷ 解决任务比例；每个任务多次采样时为 k × （每次尝试成本 + 校验）÷ pass@k。</translation>
    </message>
    <message>
        <location filename="../ui/panels/task_dialog.cpp" line="71"/>
        <source>one request of the workload</source>
        <translation>工作负载的一个请求</translation>
    </message>
    <message>
        <location filename="../ui/panels/task_dialog.cpp" line="91"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../ui/panels/task_dialog.cpp" line="95"/>
        <source>Benchmark:</source>
        <translation>基准：</translation>
    </message>
    <message>
        <location filename="../ui/panels/task_dialog.cpp" line="96"/>
        <source>Tokens per attempt:</source>
        <translation>每次尝试的 token 数：</translation>
    </message>
    <message>
        <location filename="../ui/panels/task_dialog.cpp" line="97"/>
        <source>Check per extra sample (USD):</source>
        <translation>每次额外采样的校验成本（美元）：</translation>
    </message>
    <message>
        <location filename="../ui/panels/task_dialog.cpp" line="98"/>
        <source>Most samples per task:</source>
        <translation>每个任务最多采样次数：</translation>
    </message>
    <message>
        <location filename="../ui/panels/task_dialog.cpp" line="99"/>
        <source>Least share of tasks solved:</source>
        <translation>最低解决任务比例：</translation>
    </message>
    <message>
        <location filename="../ui/panels/task_dialog.cpp" line="101"/>
        <source>Measured success rates (take the place of the benchmark&apos;s score)</source>
        <translation>实测成功率（取代基准分数）</translation>
    </message>
    <message>
        <location filename="../ui/panels/task_dialog.cpp" line="111"/>
        <source>not measured</source>
        <translation>未测量</translation>
    </message>
    <message>
        <location filename="../ui/panels/task_dialog.cpp" line="119"/>
        <source>what was measured, when</source>
        <translation>测量了什么，何时测量</translation>
    </message>
    <message>
        <location filename="../ui/panels/task_dialog.cpp" line="122"/>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location filename="../ui/panels/task_dialog.cpp" line="159"/>
        <source>Say where the measured success rates come from (what was measured, when) in Source.</source>
        <translation>请在“来源”中说明实测成功率的出处（测量了什么，何时测量）。</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::ThroughputChart</name>
    <message>
        <location filename="../ui/charts/throughput_chart.cpp" line="25"/>
        <source>Batch size (sequences) · dashed: memory limit</source>
        <translation>批大小（序列数）· 虚线：内存上限</translation>
    </message>
    <message>
        <location filename="../ui/charts/throughput_chart.cpp" line="27"/>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../ui/charts/throughput_chart.cpp" line="31"/>
        <source>Tokens/s (solid)</source>
        <translation>token/秒（实线）</translation>
    </message>
    <message>
        <location filename="../ui/charts/throughput_chart.cpp" line="31"/>
        <source>Tokens/s</source>
        <translation>token/秒</translation>
    </message>
    <message>
        <location filename="../ui/charts/throughput_chart.cpp" line="34"/>
        <source>ms per token (dotted)</source>
        <translation>每 token 毫秒数（点线）</translation>
    </message>
    <message>
        <location filename="../ui/charts/throughput_chart.cpp" line="34"/>
        <source>ms/token</source>
        <translation>毫秒/token</translation>
    </message>
    <message>
        <location filename="../ui/charts/throughput_chart.cpp" line="76"/>
        <source>%1 · TPOT</source>
        <translation>%1 · TPOT</translation>
    </message>
    <message>
        <location filename="../ui/charts/throughput_chart.cpp" line="87"/>
        <source>%1 · memory limit (%2)</source>
        <translation>%1 · 内存上限（%2）</translation>
    </message>
    <message>
        <location filename="../ui/charts/throughput_chart.cpp" line="118"/>
        <source>Throughput and latency against batch size</source>
        <translation>吞吐量和延迟与批大小</translation>
    </message>
    <message>
        <location filename="../ui/charts/throughput_chart.cpp" line="196"/>
        <source>memory limit</source>
        <translation>内存上限</translation>
    </message>
    <message>
        <location filename="../ui/charts/throughput_chart.cpp" line="198"/>
        <source>Option</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../ui/charts/throughput_chart.cpp" line="27"/>
        <location filename="../ui/charts/throughput_chart.cpp" line="199"/>
        <source>Batch size (sequences)</source>
        <extracomment>Short axis titles where the long ones do not fit.</extracomment>
        <translation>批大小（序列数）</translation>
    </message>
    <message>
        <location filename="../ui/charts/throughput_chart.cpp" line="200"/>
        <source>Output throughput (tokens/s)</source>
        <translation>输出吞吐量 (token/秒)</translation>
    </message>
    <message>
        <location filename="../ui/charts/throughput_chart.cpp" line="201"/>
        <source>Time per output token (ms)</source>
        <translation>每输出 token 时间（毫秒）</translation>
    </message>
    <message>
        <location filename="../ui/charts/throughput_chart.cpp" line="202"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/charts/throughput_chart.cpp" line="212"/>
        <source>No self-hosted or on-device option whose model fits in memory is enabled.</source>
        <translation>没有启用模型可装入内存的自托管或端侧选项。</translation>
    </message>
    <message>
        <location filename="../ui/charts/throughput_chart.cpp" line="231"/>
        <source>%1: memory limit at batch %2 (the KV cache of more sequences does not fit beside the weights)</source>
        <translation>%1：批大小 %2 时达到内存上限（更多序列的 KV 缓存无法与权重一同装入）</translation>
    </message>
    <message>
        <location filename="../ui/charts/throughput_chart.cpp" line="247"/>
        <source>%1 at batch %2
%3 tokens/s · TPOT %4 ms · TTFT %5 ms
%6</source>
        <extracomment>Tooltip on a throughput or latency line; the last line names the estimate&apos;s basis.</extracomment>
        <translation>%1，批大小 %2
%3 token/秒 · TPOT %4 毫秒 · TTFT %5 毫秒
%6</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::UncertaintyChart</name>
    <message>
        <location filename="../ui/charts/uncertainty_chart.cpp" line="29"/>
        <source>P10 to P90, line at P50</source>
        <translation>P10 到 P90，线为 P50</translation>
    </message>
    <message>
        <location filename="../ui/charts/uncertainty_chart.cpp" line="88"/>
        <source>Box from P10 to P90, line at P50</source>
        <translation>箱体为 P10 到 P90，线为 P50</translation>
    </message>
    <message>
        <location filename="../ui/charts/uncertainty_chart.cpp" line="95"/>
        <source>USD per million tokens</source>
        <translation>美元/百万 token</translation>
    </message>
    <message>
        <location filename="../ui/charts/uncertainty_chart.cpp" line="97"/>
        <source>%1/M tokens</source>
        <extracomment>Short axis title where the long one does not fit; %1 a currency code.</extracomment>
        <translation>%1/百万 token</translation>
    </message>
    <message>
        <location filename="../ui/charts/uncertainty_chart.cpp" line="116"/>
        <source>Cost per million tokens: P10, P50 and P90</source>
        <translation>每百万 token 成本：P10、P50 和 P90</translation>
    </message>
    <message>
        <location filename="../ui/charts/uncertainty_chart.cpp" line="121"/>
        <source>No input ranges set in this scenario.
Give an input a low and a high value to see the P10, P50 and P90 of each option&apos;s cost per million tokens.</source>
        <translation>此场景未设置输入范围。
为某个输入设置低值和高值，即可查看各选项每百万 token 成本的 P10、P50 和 P90。</translation>
    </message>
    <message>
        <location filename="../ui/charts/uncertainty_chart.cpp" line="165"/>
        <source>Option</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../ui/charts/uncertainty_chart.cpp" line="166"/>
        <source>P10 (USD per million tokens)</source>
        <translation>P10（美元/百万 token）</translation>
    </message>
    <message>
        <location filename="../ui/charts/uncertainty_chart.cpp" line="167"/>
        <source>P50 (USD per million tokens)</source>
        <translation>P50（美元/百万 token）</translation>
    </message>
    <message>
        <location filename="../ui/charts/uncertainty_chart.cpp" line="168"/>
        <source>P90 (USD per million tokens)</source>
        <translation>P90（美元/百万 token）</translation>
    </message>
    <message>
        <location filename="../ui/charts/uncertainty_chart.cpp" line="169"/>
        <source>Samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <location filename="../ui/charts/uncertainty_chart.cpp" line="197"/>
        <source>%1
P10: %2 per million tokens
P50: %3 per million tokens
P90: %4 per million tokens
%5 samples</source>
        <extracomment>Uncertainty tooltip: option, P10, P50, P90 and the number of Monte Carlo samples.</extracomment>
        <translation>%1
P10：每百万 token %2
P50：每百万 token %3
P90：每百万 token %4
%5 个样本</translation>
    </message>
    <message>
        <location filename="../ui/charts/uncertainty_chart.cpp" line="203"/>
        <source>includes the throughput model&apos;s error (±%1%, 90% of published cases)</source>
        <extracomment>Uncertainty tooltip, second part: the throughput model&apos;s error band drawn too.</extracomment>
        <translation>包含吞吐量模型的误差（±%1%，覆盖 90% 的已发布案例）</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::UserGuideWindow</name>
    <message>
        <location filename="../ui/help/user_guide_window.cpp" line="17"/>
        <source>PerToken User Guide</source>
        <translation>PerToken 用户指南</translation>
    </message>
    <message>
        <location filename="../ui/help/user_guide_window.cpp" line="21"/>
        <source>This guide is in English; the program speaks your language.</source>
        <translation>本指南仅有英文版；程序界面使用中文。</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::VolumeChart</name>
    <message>
        <location filename="../ui/charts/volume_chart.cpp" line="40"/>
        <source>Monthly volume (tokens per month)</source>
        <translation>月用量（每月 token 数）</translation>
    </message>
    <message>
        <location filename="../ui/charts/volume_chart.cpp" line="42"/>
        <source>Tokens/month</source>
        <extracomment>Short axis title where the long one does not fit.</extracomment>
        <translation>token/月</translation>
    </message>
    <message>
        <location filename="../ui/charts/volume_chart.cpp" line="46"/>
        <location filename="../ui/charts/volume_chart.cpp" line="218"/>
        <source>Monthly cost (USD per month)</source>
        <translation>月成本（美元/月）</translation>
    </message>
    <message>
        <location filename="../ui/charts/volume_chart.cpp" line="48"/>
        <source>%1/month</source>
        <extracomment>Short axis title where the long one does not fit; %1 a currency code.</extracomment>
        <translation>%1/月</translation>
    </message>
    <message>
        <location filename="../ui/charts/volume_chart.cpp" line="97"/>
        <source>Break-even</source>
        <translation>盈亏平衡</translation>
    </message>
    <message>
        <location filename="../ui/charts/volume_chart.cpp" line="113"/>
        <location filename="../ui/charts/volume_chart.cpp" line="215"/>
        <source>Your volume</source>
        <translation>您的用量</translation>
    </message>
    <message>
        <location filename="../ui/charts/volume_chart.cpp" line="135"/>
        <source>Monthly cost against monthly volume</source>
        <translation>月成本与月用量</translation>
    </message>
    <message>
        <location filename="../ui/charts/volume_chart.cpp" line="165"/>
        <source>%1 (misses targets)</source>
        <extracomment>Legend entry of an option that misses the workload&apos;s latency targets.</extracomment>
        <translation>%1（未达目标）</translation>
    </message>
    <message>
        <location filename="../ui/charts/volume_chart.cpp" line="211"/>
        <source>Break-even: %1 = %2</source>
        <translation>盈亏平衡：%1 = %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/volume_chart.cpp" line="216"/>
        <source>Series</source>
        <translation>系列</translation>
    </message>
    <message>
        <location filename="../ui/charts/volume_chart.cpp" line="217"/>
        <source>Volume (tokens per month)</source>
        <translation>用量（每月 token 数）</translation>
    </message>
    <message>
        <location filename="../ui/charts/volume_chart.cpp" line="227"/>
        <source>No enabled option can serve this workload.</source>
        <translation>没有已启用的选项能够承载此工作负载。</translation>
    </message>
    <message>
        <location filename="../ui/charts/volume_chart.cpp" line="253"/>
        <source>%1 = %2 at %3 tokens/month, %4/month</source>
        <extracomment>Break-even tooltip: &quot;A = B at 41.2 M tokens/month, $12,300/month&quot;.</extracomment>
        <translation>%1 = %2，每月 %3 token，每月 %4</translation>
    </message>
    <message>
        <location filename="../ui/charts/volume_chart.cpp" line="258"/>
        <source>Your volume: %1 tokens/month</source>
        <translation>您的用量：每月 %1 token</translation>
    </message>
    <message>
        <location filename="../ui/charts/volume_chart.cpp" line="272"/>
        <source>%1: %2/month at %3 tokens/month</source>
        <extracomment>Tooltip on a cost line: option, monthly cost, monthly volume.</extracomment>
        <translation>%1：每月 %3 token 时每月 %2</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::WorkloadPanel</name>
    <message>
        <location filename="../ui/panels/workload_panel.cpp" line="29"/>
        <source>Break-even: peak ∝ volume</source>
        <extracomment>What break-even volumes hold fixed as the monthly volume varies.</extracomment>
        <translation>盈亏平衡：峰值 ∝ 用量</translation>
    </message>
    <message>
        <location filename="../ui/panels/workload_panel.cpp" line="30"/>
        <source>Break-even: peak fixed</source>
        <translation>盈亏平衡：峰值固定</translation>
    </message>
    <message>
        <location filename="../ui/panels/workload_panel.cpp" line="31"/>
        <source>Break-even rule</source>
        <translation>盈亏平衡规则</translation>
    </message>
    <message>
        <location filename="../ui/panels/workload_panel.cpp" line="33"/>
        <source>As break-even volumes vary the monthly volume, peak concurrency either grows with it or stays at the workload&apos;s peak concurrency</source>
        <translation>计算盈亏平衡用量时改变月用量，峰值并发要么随之增长，要么保持为工作负载的峰值并发</translation>
    </message>
    <message>
        <location filename="../ui/panels/workload_panel.cpp" line="59"/>
        <source>Volume: %1 tokens/month</source>
        <extracomment>%1 is a token count with a magnitude suffix, e.g. &quot;1.2 B&quot;.</extracomment>
        <translation>用量：每月 %1 token</translation>
    </message>
</context>
</TS>
