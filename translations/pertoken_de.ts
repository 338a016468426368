<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BreakEvenPeakCommand</name>
    <message>
        <location filename="../ui/commands/scenario_commands.cpp" line="34"/>
        <source>Change Break-Even Rule</source>
        <translation>Break-even-Regel ändern</translation>
    </message>
</context>
<context>
    <name>ChartFormat</name>
    <message>
        <location filename="../ui/charts/chart_format.cpp" line="70"/>
        <source>n/a</source>
        <extracomment>Shown in a chart tooltip or table cell in place of a number that does not exist.</extracomment>
        <translation>k. A.</translation>
    </message>
    <message>
        <location filename="../ui/charts/chart_format.cpp" line="119"/>
        <source>%1, shown in %2</source>
        <extracomment>%1 a title that names US dollars (&quot;USD per million tokens&quot;), %2 the currency the figures are shown in (&quot;EUR&quot;).</extracomment>
        <translation>%1, angezeigt in %2</translation>
    </message>
</context>
<context>
    <name>CostPart</name>
    <message>
        <location filename="../ui/labels.cpp" line="46"/>
        <source>Input tokens</source>
        <translation>Eingabe-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="47"/>
        <source>Cached input tokens</source>
        <translation>Cache-Eingabe-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="48"/>
        <source>Output tokens</source>
        <translation>Ausgabe-Tokens</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="49"/>
        <source>GPU rental</source>
        <translation>GPU-Miete</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="51"/>
        <source>Operations</source>
        <extracomment>Staff and operations cost of self-hosting.</extracomment>
        <translation>Betrieb</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="53"/>
        <source>Capital</source>
        <extracomment>Capital cost of bought hardware, spread over its life.</extracomment>
        <translation>Kapitalkosten</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="55"/>
        <source>Power</source>
        <extracomment>Electricity for the data-centre GPUs.</extracomment>
        <translation>Energie</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="57"/>
        <source>Hosting</source>
        <extracomment>Rack space, cooling and hosting fees.</extracomment>
        <translation>Hosting</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="59"/>
        <source>Device share</source>
        <extracomment>The share of a laptop&apos;s or workstation&apos;s price attributed to inference.</extracomment>
        <translation>Geräteanteil</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="60"/>
        <source>Electricity</source>
        <translation>Strom</translation>
    </message>
</context>
<context>
    <name>NumberFormat</name>
    <message>
        <location filename="../ui/panels/number_format.cpp" line="55"/>
        <source>n/a</source>
        <extracomment>Shown in place of a number that does not exist (never &quot;nan&quot; or &quot;inf&quot;).</extracomment>
        <translation>k. A.</translation>
    </message>
    <message>
        <location filename="../ui/panels/number_format.cpp" line="76"/>
        <source>%1 / M tokens</source>
        <translation>%1 / Mio. Tokens</translation>
    </message>
    <message>
        <location filename="../ui/panels/number_format.cpp" line="83"/>
        <source>%1/month</source>
        <translation>%1/Monat</translation>
    </message>
    <message>
        <location filename="../ui/panels/number_format.cpp" line="90"/>
        <source>%1 tokens/month</source>
        <translation>%1 Tokens/Monat</translation>
    </message>
    <message>
        <location filename="../ui/panels/number_format.cpp" line="97"/>
        <source>%1 tokens/s</source>
        <translation>%1 Tokens/s</translation>
    </message>
</context>
<context>
    <name>OptionEdits</name>
    <message>
        <location filename="../ui/commands/option_commands.cpp" line="76"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/commands/option_commands.cpp" line="87"/>
        <source>%1 (copy)</source>
        <extracomment>The name of a duplicated deployment option; %1 is the original&apos;s name.</extracomment>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location filename="../ui/commands/option_commands.cpp" line="88"/>
        <source>Duplicate %1</source>
        <translation>%1 duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/commands/option_commands.cpp" line="107"/>
        <source>Enable %1</source>
        <translation>%1 aktivieren</translation>
    </message>
    <message>
        <location filename="../ui/commands/option_commands.cpp" line="108"/>
        <source>Disable %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/commands/option_commands.cpp" line="121"/>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
</context>
<context>
    <name>Parameter</name>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="54"/>
        <source>Requests per month</source>
        <translation>Anfragen pro Monat</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="57"/>
        <source>Input tokens per request</source>
        <translation>Eingabe-Tokens pro Anfrage</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="60"/>
        <source>Output tokens per request</source>
        <translation>Ausgabe-Tokens pro Anfrage</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="63"/>
        <source>Cached input share</source>
        <translation>Cache-Anteil der Eingabe</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="66"/>
        <source>Batch API share</source>
        <translation>Anteil Batch-API</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="69"/>
        <source>Peak concurrent requests</source>
        <translation>Parallele Anfragen (Spitze)</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="72"/>
        <source>Time-to-first-token target</source>
        <translation>Zielzeit bis erstes Token</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="75"/>
        <source>Time-per-output-token target</source>
        <translation>Zielzeit pro Ausgabe-Token</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="85"/>
        <source>Input price</source>
        <translation>Eingabepreis</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="88"/>
        <source>Output price</source>
        <translation>Ausgabepreis</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="91"/>
        <source>Cached input price</source>
        <translation>Preis für Cache-Eingabe</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="94"/>
        <source>Batch API discount</source>
        <translation>Batch-API-Rabatt</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="105"/>
        <source>GPU rental price</source>
        <translation>GPU-Mietpreis</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="108"/>
        <source>Purchase price per GPU</source>
        <translation>Kaufpreis pro GPU</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="111"/>
        <source>Depreciation life</source>
        <translation>Abschreibungsdauer</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="114"/>
        <source>Cost of capital</source>
        <translation>Kapitalkostensatz</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="117"/>
        <source>Power per GPU</source>
        <translation>Leistung pro GPU</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="120"/>
        <source>Average power draw</source>
        <translation>Mittlere Leistungsaufnahme</translation>
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
        <translation>Strompreis</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="128"/>
        <source>Hosting per GPU</source>
        <translation>Hosting pro GPU</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="131"/>
        <source>Operations</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="134"/>
        <source>GPUs per replica (0 = auto)</source>
        <translation>GPUs pro Replikat (0 = auto)</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="137"/>
        <source>Maximum batch</source>
        <translation>Maximale Batchgröße</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="140"/>
        <source>Target utilization</source>
        <translation>Zielauslastung</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="143"/>
        <location filename="../core/scenario/parameters.cpp" line="181"/>
        <source>MFU (FLOPs utilization, 0 = fitted)</source>
        <translation>MFU (FLOP-Auslastung, 0 = angepasst)</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="146"/>
        <location filename="../core/scenario/parameters.cpp" line="184"/>
        <source>MBU (bandwidth utilization, 0 = fitted)</source>
        <translation>MBU (Bandbreitenauslastung, 0 = angepasst)</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="149"/>
        <location filename="../core/scenario/parameters.cpp" line="187"/>
        <source>KV cache precision</source>
        <translation>Genauigkeit des KV-Caches</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="152"/>
        <location filename="../core/scenario/parameters.cpp" line="190"/>
        <source>Memory reserve</source>
        <translation>Speicherreserve</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="163"/>
        <source>Device price</source>
        <translation>Gerätepreis</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="166"/>
        <source>Device life</source>
        <translation>Gerätelebensdauer</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="169"/>
        <source>Share of device cost</source>
        <translation>Anteil der Gerätekosten</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="172"/>
        <source>Hours available per day</source>
        <translation>Verfügbare Stunden pro Tag</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="175"/>
        <source>Power while generating</source>
        <translation>Leistung beim Generieren</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="209"/>
        <source>Training compute</source>
        <translation>Trainingsrechenaufwand</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="210"/>
        <source>Target loss</source>
        <translation>Ziel-Loss</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="211"/>
        <source>Lifetime inference tokens</source>
        <translation>Inferenz-Tokens (Lebensdauer)</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="212"/>
        <source>Lifetime queries</source>
        <translation>Anfragen über die Lebensdauer</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="213"/>
        <source>Prompt tokens per query</source>
        <translation>Prompt-Tokens pro Anfrage</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="214"/>
        <source>Tokens per sample</source>
        <translation>Tokens pro Stichprobe</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="215"/>
        <source>Most samples per query</source>
        <translation>Max. Stichproben pro Anfrage</translation>
    </message>
    <message>
        <location filename="../core/scenario/parameters.cpp" line="216"/>
        <source>End-to-end budget</source>
        <translation>Gesamtbudget</translation>
    </message>
</context>
<context>
    <name>RemoveOptionCommand</name>
    <message>
        <location filename="../ui/commands/option_commands.cpp" line="34"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>ScenarioPropertiesCommand</name>
    <message>
        <location filename="../ui/commands/scenario_commands.cpp" line="15"/>
        <source>Edit Scenario Properties</source>
        <translation>Szenario-Eigenschaften bearbeiten</translation>
    </message>
</context>
<context>
    <name>SetParameterCommand</name>
    <message>
        <location filename="../ui/commands/set_parameter_command.cpp" line="33"/>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <location filename="../ui/commands/set_parameter_command.cpp" line="36"/>
        <source>Change %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
</context>
<context>
    <name>SetTaskCommand</name>
    <message>
        <location filename="../ui/commands/task_command.cpp" line="12"/>
        <source>Edit Task</source>
        <translation>Aufgabe bearbeiten</translation>
    </message>
</context>
<context>
    <name>StalePriceNote</name>
    <message numerus="yes">
        <location filename="../ui/charts/stale_price_note.cpp" line="32"/>
        <source>List price as of %1, more than %n month(s) old</source>
        <extracomment>Chart tooltip line under an option whose API price is older than the limit set in Preferences. %1 the date the price was read.</extracomment>
        <translation>
            <numerusform>Listenpreis vom %1, älter als %n Monat</numerusform>
            <numerusform>Listenpreis vom %1, älter als %n Monate</numerusform>
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
        <translation>GPUs</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="14"/>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="16"/>
        <source>USD/GPU-h</source>
        <extracomment>US dollars per GPU-hour.</extracomment>
        <translation>USD/GPU-h</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="17"/>
        <source>USD/GPU-month</source>
        <translation>USD/GPU-Monat</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="19"/>
        <source>USD/M tokens</source>
        <extracomment>US dollars per million tokens.</extracomment>
        <translation>USD/Mio. Tokens</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="20"/>
        <source>USD/kWh</source>
        <translation>USD/kWh</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="21"/>
        <source>USD/month</source>
        <translation>USD/Monat</translation>
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
        <translation>Bit</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="26"/>
        <source>h/day</source>
        <extracomment>Hours per day.</extracomment>
        <translation>h/Tag</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="28"/>
        <source>ms</source>
        <extracomment>Milliseconds.</extracomment>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="30"/>
        <source>nats/token</source>
        <extracomment>Loss in nats (natural-log units of information) per token.</extracomment>
        <translation>nats/Token</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="32"/>
        <source>per year</source>
        <extracomment>A rate, as in &quot;8 % per year&quot; (cost of capital).</extracomment>
        <translation>pro Jahr</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="33"/>
        <source>queries</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="34"/>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="35"/>
        <source>requests/month</source>
        <translation>Anfragen/Monat</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="37"/>
        <source>samples</source>
        <extracomment>Samples drawn per query (test-time compute).</extracomment>
        <translation>Stichproben</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="39"/>
        <source>sequences</source>
        <extracomment>Sequences processed together (batch size).</extracomment>
        <translation>Sequenzen</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="40"/>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../ui/labels.cpp" line="41"/>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::AcceleratorEditor</name>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="34"/>
        <source>Custom accelerator or device</source>
        <translation>Eigener Beschleuniger oder eigenes Gerät</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="37"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="37"/>
        <source>lowercase-with-dashes</source>
        <translation>kleinbuchstaben-mit-bindestrichen</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="38"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="39"/>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="49"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="50"/>
        <source>Memory (GB)</source>
        <translation>Speicher (GB)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="52"/>
        <source>Usable memory (%)</source>
        <translation>Nutzbarer Speicher (%)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="54"/>
        <source>Bandwidth (GB/s)</source>
        <translation>Bandbreite (GB/s)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="56"/>
        <source>BF16/FP16 dense (TFLOPS)</source>
        <translation>BF16/FP16 dicht (TFLOPS)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="58"/>
        <source>FP8/INT8 dense (TFLOPS)</source>
        <translation>FP8/INT8 dicht (TFLOPS)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="59"/>
        <source>0: not supported</source>
        <translation>0: nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="60"/>
        <source>Power (W)</source>
        <translation>Leistung (W)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="61"/>
        <source>Purchase price ($)</source>
        <translation>Kaufpreis ($)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="62"/>
        <source>0: unknown</source>
        <translation>0: unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="63"/>
        <source>Rental ($/hour)</source>
        <translation>Miete ($/Stunde)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="64"/>
        <source>0: not rented</source>
        <translation>0: nicht gemietet</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="65"/>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="65"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="66"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="67"/>
        <source>data sheet, price list or measurement</source>
        <translation>Datenblatt, Preisliste oder Messung</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="90"/>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="92"/>
        <source>%1: is required</source>
        <translation>%1: ist erforderlich</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="100"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="101"/>
        <source>Usable memory</source>
        <translation>Nutzbarer Speicher</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="102"/>
        <source>Bandwidth</source>
        <translation>Bandbreite</translation>
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
        <translation>Strom</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="106"/>
        <source>Purchase price</source>
        <translation>Kaufpreis</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="107"/>
        <source>Rental</source>
        <translation>Miete</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_editor.cpp" line="113"/>
        <source>The id &quot;%1&quot; is already used by another custom entry</source>
        <translation>Die ID „%1“ wird bereits von einem anderen eigenen Eintrag verwendet</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::AcceleratorTableModel</name>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="35"/>
        <source>Data-centre GPU</source>
        <translation>Rechenzentrums-GPU</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="37"/>
        <source>Workstation GPU</source>
        <translation>Workstation-GPU</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="39"/>
        <source>Consumer GPU</source>
        <translation>Consumer-GPU</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="41"/>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="43"/>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="82"/>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="83"/>
        <source>Custom</source>
        <translation>Eigen</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="83"/>
        <source>Built-in</source>
        <translation>Integriert</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="149"/>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="151"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="153"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="155"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="157"/>
        <source>Memory (GB)</source>
        <translation>Speicher (GB)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="159"/>
        <source>Usable memory (%)</source>
        <translation>Nutzbarer Speicher (%)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="161"/>
        <source>Bandwidth (GB/s)</source>
        <translation>Bandbreite (GB/s)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="163"/>
        <source>BF16 dense (TFLOPS)</source>
        <translation>BF16 dicht (TFLOPS)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="165"/>
        <source>FP8/INT8 dense (TFLOPS)</source>
        <translation>FP8/INT8 dicht (TFLOPS)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="167"/>
        <source>Power (W)</source>
        <translation>Leistung (W)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="169"/>
        <source>Purchase ($)</source>
        <translation>Kauf ($)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="171"/>
        <source>Rental ($/hour)</source>
        <translation>Miete ($/Stunde)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="173"/>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="175"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/catalog/accelerator_table_model.cpp" line="177"/>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::ApiPriceEditor</name>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="37"/>
        <source>Custom API price</source>
        <translation>Eigener API-Preis</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="40"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="40"/>
        <source>provider/model</source>
        <translation>anbieter/modell</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="41"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="42"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="43"/>
        <source>Input ($/M tokens)</source>
        <translation>Eingabe ($/Mio. Tokens)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="45"/>
        <source>Output ($/M tokens)</source>
        <translation>Ausgabe ($/Mio. Tokens)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="48"/>
        <source>Cached input ($/M tokens)</source>
        <translation>Cache-Eingabe ($/Mio. Tokens)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="50"/>
        <source>empty: no caching discount</source>
        <translation>leer: kein Caching-Rabatt</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="52"/>
        <source>Batch discount (%)</source>
        <translation>Batch-Rabatt (%)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="54"/>
        <source>empty: no batch API</source>
        <translation>leer: keine Batch-API</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="56"/>
        <source>Long context above (tokens)</source>
        <translation>Langer Kontext ab (Tokens)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="57"/>
        <source>empty: no long-context tier</source>
        <translation>leer: keine Langkontext-Stufe</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="59"/>
        <source>Long-context input ($/M tokens)</source>
        <translation>Langkontext-Eingabe ($/Mio. Tokens)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="62"/>
        <source>Long-context output ($/M tokens)</source>
        <translation>Langkontext-Ausgabe ($/Mio. Tokens)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="65"/>
        <source>Long-context cached input ($/M tokens)</source>
        <translation>Langkontext-Cache-Eingabe ($/Mio. Tokens)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="70"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="71"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="72"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="73"/>
        <source>Embedding</source>
        <translation>Embedding</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="75"/>
        <location filename="../ui/catalog/api_price_editor.cpp" line="119"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="77"/>
        <source>Context window (tokens)</source>
        <translation>Kontextfenster (Tokens)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="79"/>
        <source>empty: unknown</source>
        <translation>leer: unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="80"/>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="80"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="81"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="82"/>
        <source>pricing page URL or document</source>
        <translation>URL der Preisseite oder Dokument</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="106"/>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="108"/>
        <source>%1: must not be negative</source>
        <translation>%1: darf nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="118"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="120"/>
        <source>Cached input</source>
        <translation>Cache-Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="121"/>
        <source>Batch discount</source>
        <translation>Batch-Rabatt</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="123"/>
        <source>Long context above</source>
        <translation>Langer Kontext ab</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="124"/>
        <source>Long-context input</source>
        <translation>Langkontext-Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="126"/>
        <source>Long-context output</source>
        <translation>Langkontext-Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="128"/>
        <source>Long-context cached input</source>
        <translation>Langkontext-Cache-Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="130"/>
        <source>Context window</source>
        <translation>Kontextfenster</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="139"/>
        <source>Input and output prices are required (0 or more)</source>
        <translation>Eingabe- und Ausgabepreis sind erforderlich (0 oder mehr)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="143"/>
        <source>Long-context prices need the threshold they apply above</source>
        <translation>Langkontext-Preise brauchen die Schwelle, ab der sie gelten</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_editor.cpp" line="145"/>
        <source>The id &quot;%1&quot; is already used by another custom entry</source>
        <translation>Die ID „%1“ wird bereits von einem anderen eigenen Eintrag verwendet</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::ApiPriceTableModel</name>
    <message numerus="yes">
        <location filename="../ui/catalog/api_price_table_model.cpp" line="34"/>
        <source>Read on %1, more than %n month(s) ago: the provider may charge something else now. Update prices from the Catalogs dialog.</source>
        <extracomment>Tooltip of a price older than the limit set in Preferences. %1 the date it was read.</extracomment>
        <translation>
            <numerusform>Gelesen am %1, vor mehr als %n Monat: Der Anbieter verlangt heute vielleicht etwas anderes. Preise im Katalog-Dialog aktualisieren.</numerusform>
            <numerusform>Gelesen am %1, vor mehr als %n Monaten: Der Anbieter verlangt heute vielleicht etwas anderes. Preise im Katalog-Dialog aktualisieren.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="87"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="89"/>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="91"/>
        <source>audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="93"/>
        <source>embedding</source>
        <translation>Embedding</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="102"/>
        <source>%1 (old)</source>
        <extracomment>Suffix after the date of a price older than the limit set in Preferences.</extracomment>
        <translation>%1 (veraltet)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="107"/>
        <source>Custom</source>
        <translation>Eigen</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="107"/>
        <source>Built-in</source>
        <translation>Integriert</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="180"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="182"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="184"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="186"/>
        <source>Input ($/M tokens)</source>
        <translation>Eingabe ($/Mio. Tokens)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="188"/>
        <source>Output ($/M tokens)</source>
        <translation>Ausgabe ($/Mio. Tokens)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="190"/>
        <source>Cached input ($/M tokens)</source>
        <translation>Cache-Eingabe ($/Mio. Tokens)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="192"/>
        <source>Batch discount (%)</source>
        <translation>Batch-Rabatt (%)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="194"/>
        <source>Long context above (tokens)</source>
        <translation>Langer Kontext ab (Tokens)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="196"/>
        <source>Long-context input ($/M tokens)</source>
        <translation>Langkontext-Eingabe ($/Mio. Tokens)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="198"/>
        <source>Long-context output ($/M tokens)</source>
        <translation>Langkontext-Ausgabe ($/Mio. Tokens)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="200"/>
        <source>Long-context cached input ($/M tokens)</source>
        <translation>Langkontext-Cache-Eingabe ($/Mio. Tokens)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="202"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="204"/>
        <source>Context window (tokens)</source>
        <translation>Kontextfenster (Tokens)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="206"/>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="208"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/catalog/api_price_table_model.cpp" line="210"/>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::Autosave</name>
    <message>
        <location filename="../ui/autosave.cpp" line="93"/>
        <source>Cannot create the autosave folder %1.</source>
        <translation>Der Ordner für automatische Sicherungen %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../ui/autosave.cpp" line="102"/>
        <source>Cannot lock the autosave file %1.</source>
        <translation>Die automatische Sicherung %1 kann nicht gesperrt werden.</translation>
    </message>
    <message>
        <location filename="../ui/autosave.cpp" line="179"/>
        <source>Recover unsaved scenario</source>
        <translation>Ungespeichertes Szenario wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/autosave.cpp" line="180"/>
        <source>PerToken did not exit cleanly. A scenario with unsaved changes was autosaved at %1.</source>
        <translation>PerToken wurde nicht ordnungsgemäß beendet. Ein Szenario mit ungespeicherten Änderungen wurde um %1 automatisch gesichert.</translation>
    </message>
    <message>
        <location filename="../ui/autosave.cpp" line="184"/>
        <source>It had not been saved to a file yet. Restore it?</source>
        <translation>Es war noch nicht in einer Datei gespeichert. Wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../ui/autosave.cpp" line="185"/>
        <source>It was edited from %1. Restore it?</source>
        <translation>Es wurde ausgehend von %1 bearbeitet. Wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../ui/autosave.cpp" line="187"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/autosave.cpp" line="188"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::BenchEndpointForm</name>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="36"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="37"/>
        <source>no target</source>
        <translation>kein Zielwert</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="49"/>
        <source>http://127.0.0.1:8000</source>
        <translation>http://127.0.0.1:8000</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="52"/>
        <source>the model name the server serves</source>
        <translation>der Modellname, den der Server anbietet</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="57"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="61"/>
        <source>Closed loop: fixed concurrency levels</source>
        <translation>Geschlossene Schleife: feste Parallelitätsstufen</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="62"/>
        <source>Open loop: request rates</source>
        <translation>Offene Schleife: Anfrageraten</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="64"/>
        <source>Closed loop keeps a fixed number of requests in flight. Open loop sends requests at a rate whatever the server&apos;s speed; latency counts from each request&apos;s scheduled send time.</source>
        <translation>Die geschlossene Schleife hält eine feste Zahl von Anfragen in Bearbeitung. Die offene Schleife sendet Anfragen mit einer festen Rate, unabhängig von der Geschwindigkeit des Servers; die Latenz zählt ab dem geplanten Sendezeitpunkt jeder Anfrage.</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="71"/>
        <source>Requests per second, one level each, separated by commas.</source>
        <translation>Anfragen pro Sekunde, je eine Stufe, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="75"/>
        <source>Poisson</source>
        <extracomment>Open-loop arrivals: random gaps with the given mean rate (a Poisson process).</extracomment>
        <translation>Poisson</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="77"/>
        <source>Constant</source>
        <extracomment>Open-loop arrivals: evenly spaced requests.</extracomment>
        <translation>Gleichmäßig</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="80"/>
        <source>The same seed gives the same Poisson schedule.</source>
        <translation>Derselbe Startwert ergibt denselben Poisson-Zeitplan.</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="82"/>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="85"/>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="91"/>
        <source> requests</source>
        <translation> Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="83"/>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="93"/>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="95"/>
        <source> tokens</source>
        <translation> Tokens</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="101"/>
        <source>typed in; never saved</source>
        <translation>nur eingegeben; wird nie gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="104"/>
        <source>or the name of an environment variable</source>
        <translation>oder der Name einer Umgebungsvariablen</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="115"/>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="116"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="117"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="118"/>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="119"/>
        <source>Concurrency levels</source>
        <translation>Nebenläufigkeitsstufen</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="120"/>
        <source>Request rates (per second)</source>
        <translation>Anfrageraten (pro Sekunde)</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="121"/>
        <source>Arrivals</source>
        <translation>Ankünfte</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="122"/>
        <source>Schedule seed</source>
        <translation>Startwert des Zeitplans</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="123"/>
        <source>Most requests in flight</source>
        <translation>Höchstzahl gleichzeitiger Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="124"/>
        <source>Requests per level</source>
        <translation>Anfragen pro Stufe</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="126"/>
        <source>Warm-up (not measured)</source>
        <translation>Aufwärmen (nicht gemessen)</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="127"/>
        <source>Prompt length</source>
        <translation>Prompt-Länge</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="128"/>
        <source>Output length</source>
        <translation>Ausgabelänge</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="129"/>
        <source>TTFT target (p90)</source>
        <translation>TTFT-Zielwert (p90)</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="130"/>
        <source>TPOT target (p90)</source>
        <translation>TPOT-Zielwert (p90)</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="131"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="132"/>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="212"/>
        <source>API key variable</source>
        <translation>Variable mit API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="213"/>
        <source>is not set in this program&apos;s environment</source>
        <translation>ist in der Umgebung dieses Programms nicht gesetzt</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="89"/>
        <source>Run each level this many times; from 2 runs on, every figure is shown as a mean with its 95% confidence interval.</source>
        <extracomment>How many times each concurrency level is run; with 2 or more, each figure gets a mean and a 95 % confidence interval.</extracomment>
        <translation>Jede Stufe so oft ausführen; ab 2 Durchläufen wird jeder Wert als Mittelwert mit seinem 95-%-Konfidenzintervall gezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_endpoint_form.cpp" line="125"/>
        <source>Runs per level</source>
        <translation>Durchläufe pro Stufe</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::BenchLiveChart</name>
    <message>
        <location filename="../ui/charts/bench_live_chart.cpp" line="59"/>
        <source>Elapsed time (s)</source>
        <translation>Verstrichene Zeit (s)</translation>
    </message>
    <message>
        <location filename="../ui/charts/bench_live_chart.cpp" line="61"/>
        <source>Output throughput (tokens/s)</source>
        <translation>Ausgabedurchsatz (Tokens/s)</translation>
    </message>
    <message>
        <location filename="../ui/charts/bench_live_chart.cpp" line="63"/>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <location filename="../ui/charts/bench_live_chart.cpp" line="87"/>
        <source>Output tokens/s</source>
        <translation>Ausgabe-Tokens/s</translation>
    </message>
    <message>
        <location filename="../ui/charts/bench_live_chart.cpp" line="88"/>
        <source>TTFT (ms)</source>
        <translation>TTFT (ms)</translation>
    </message>
    <message>
        <location filename="../ui/charts/bench_live_chart.cpp" line="89"/>
        <source>TPOT (ms)</source>
        <translation>TPOT (ms)</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::BenchPanel</name>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="97"/>
        <source>Quick (15 s or less)</source>
        <translation>Schnell (höchstens 15 s)</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="101"/>
        <source>Measures memory bandwidth (STREAM triad) and FP32 matrix multiplication on this computer.</source>
        <translation>Misst die Speicherbandbreite (STREAM Triad) und FP32-Matrixmultiplikation auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="110"/>
        <source>This machine</source>
        <translation>Dieser Rechner</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="111"/>
        <source>Inference server</source>
        <translation>Inferenzserver</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="113"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="115"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="117"/>
        <source>Stops the run within a second and keeps what it measured (Esc)</source>
        <translation>Beendet den Lauf innerhalb einer Sekunde und behält die bisherigen Messwerte (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="123"/>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="142"/>
        <source>Use in scenario</source>
        <translation>Im Szenario verwenden</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="147"/>
        <source>Calibrate option</source>
        <translation>Option kalibrieren</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="149"/>
        <source>Fits the selected deployment option&apos;s bandwidth and compute use and its overhead per step to every level of the selected or just-finished result, so its other figures follow from the fitted model</source>
        <translation>Passt Bandbreiten- und Rechenauslastung sowie den Aufwand je Schritt der gewählten Bereitstellungsoption an alle Stufen des gewählten oder gerade beendeten Ergebnisses an, sodass ihre übrigen Werte aus dem angepassten Modell folgen</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="156"/>
        <source>History (newest first)</source>
        <translation>Verlauf (neueste zuerst)</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="260"/>
        <source>Cannot start: %1</source>
        <translation>Start nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="269"/>
        <source>Connecting to %1</source>
        <translation>Verbinde mit %1</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="270"/>
        <source>Benchmarking %1 at %2</source>
        <translation>Benchmark von %1 unter %2</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="276"/>
        <source>Starting</source>
        <translation>Wird gestartet</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="277"/>
        <source>Measuring this machine</source>
        <translation>Dieser Rechner wird gemessen</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="289"/>
        <source>Cancelling: keeping what was measured</source>
        <translation>Wird abgebrochen: bisherige Messwerte bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="304"/>
        <source>Warm-up: %1 of %2 requests (not measured)</source>
        <translation>Aufwärmen: %1 von %2 Anfragen (nicht gemessen)</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="324"/>
        <source>Level %1 of %2 (concurrency %3): %4 of %5 requests</source>
        <translation>Stufe %1 von %2 (Nebenläufigkeit %3): %4 von %5 Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="345"/>
        <source>%1 · %p%</source>
        <translation>%1 · %p%</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="355"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="356"/>
        <source>The benchmark could not run: %1</source>
        <translation>Der Benchmark konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="360"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="361"/>
        <source>Cancelled before anything was measured; nothing was saved.</source>
        <translation>Abgebrochen, bevor etwas gemessen wurde; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="366"/>
        <source>Cancelled: partial result</source>
        <translation>Abgebrochen: Teilergebnis</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="366"/>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="372"/>
        <source>The result could not be saved: %1</source>
        <translation>Das Ergebnis konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="376"/>
        <source>Cancelled; the partial result was saved to %1</source>
        <translation>Abgebrochen; das Teilergebnis wurde in %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="377"/>
        <source>Finished; saved to %1</source>
        <translation>Fertig; gespeichert in %1</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="419"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="428"/>
        <source>Some history files could not be read: %1</source>
        <translation>Einige Verlaufsdateien konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="440"/>
        <location filename="../ui/benchmark/bench_panel.cpp" line="481"/>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="314"/>
        <source>Level %1 of %2 (concurrency %3), run %4 of %5: %6 of %7 requests</source>
        <translation>Stufe %1 von %2 (Nebenläufigkeit %3), Durchlauf %4 von %5: %6 von %7 Anfragen</translation>
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
            <numerusform>Nebenläufigkeit %1, %n Durchlauf: %2 Ausgabe-Tokens/s, TTFT p50 %3 ms, TPOT p50 %4 ms (Mittelwert ± 95-%-Konfidenzintervall)</numerusform>
            <numerusform>Nebenläufigkeit %1, %n Durchläufe: %2 Ausgabe-Tokens/s, TTFT p50 %3 ms, TPOT p50 %4 ms (Mittelwert ± 95-%-Konfidenzintervall)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="61"/>
        <source>Power: not measured (%1)</source>
        <extracomment>The reason comes from the benchmark engine, in English.</extracomment>
        <translation>Leistung: nicht gemessen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="63"/>
        <source>Power: %1 W average over %2 s, measured by %3</source>
        <translation>Leistung: %1 W im Mittel über %2 s, gemessen von %3</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="69"/>
        <source>%1 J per output token, %2 tokens per kWh</source>
        <translation>%1 J je Ausgabe-Token, %2 Token je kWh</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="74"/>
        <source>Electricity: %1 USD per million output tokens (%2)</source>
        <translation>Strom: %1 USD je Million Ausgabe-Token (%2)</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="144"/>
        <source>Sets the measured throughput, and the measured power where the run measured it, of a deployment option from the selected or just-finished result</source>
        <translation>Setzt den gemessenen Durchsatz und, wo der Lauf sie gemessen hat, die gemessene Leistung einer Bereitstellungsoption aus dem ausgewählten oder gerade beendeten Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_panel.cpp" line="185"/>
        <source>One row per level; with repeated runs each figure is mean ± the half-width of its 95% confidence interval. Click a header to sort.</source>
        <translation>Eine Zeile je Stufe; bei wiederholten Läufen ist jeder Wert Mittelwert ± halbe Breite seines 95-%-Konfidenzintervalls. Zum Sortieren auf eine Spaltenüberschrift klicken.</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::BenchResultsModel</name>
    <message>
        <location filename="../ui/benchmark/bench_results_model.cpp" line="112"/>
        <source>yes</source>
        <extracomment>Results table, &quot;Behind schedule&quot; column: the client could not send the requests at their scheduled times, so the rate the server saw was lower.</extracomment>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_results_model.cpp" line="112"/>
        <source>no</source>
        <translation>nein</translation>
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
        <translation>Ob der Client Anfragen später als geplant gesendet hat (p99-Verzug über einem Ankunftsabstand oder 10 ms): dann sah der Server eine geringere Rate als verlangt.</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_results_model.cpp" line="177"/>
        <source>Rate (requests/s)</source>
        <translation>Rate (Anfragen/s)</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_results_model.cpp" line="177"/>
        <source>Concurrency</source>
        <translation>Parallelität</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_results_model.cpp" line="179"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_results_model.cpp" line="181"/>
        <source>Output (tokens/s)</source>
        <translation>Ausgabe (Tokens/s)</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_results_model.cpp" line="183"/>
        <source>TTFT p50 (ms)</source>
        <translation>TTFT p50 (ms)</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_results_model.cpp" line="185"/>
        <source>TTFT p99 (ms)</source>
        <translation>TTFT p99 (ms)</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_results_model.cpp" line="187"/>
        <source>TPOT p50 (ms)</source>
        <translation>TPOT p50 (ms)</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_results_model.cpp" line="189"/>
        <source>TPOT p99 (ms)</source>
        <translation>TPOT p99 (ms)</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_results_model.cpp" line="191"/>
        <source>Goodput (requests/s)</source>
        <translation>Goodput (Anfragen/s)</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_results_model.cpp" line="193"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_results_model.cpp" line="195"/>
        <source>Achieved (requests/s)</source>
        <translation>Erreicht (Anfragen/s)</translation>
    </message>
    <message>
        <location filename="../ui/benchmark/bench_results_model.cpp" line="197"/>
        <source>Behind schedule</source>
        <translation>Hinter dem Zeitplan</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::CatalogDialog</name>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="82"/>
        <source>Catalogs</source>
        <translation>Kataloge</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="93"/>
        <source>Custom entries could not be loaded, so changes will not be saved: %1</source>
        <translation>Eigene Einträge konnten nicht geladen werden, daher werden Änderungen nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="102"/>
        <source>All providers</source>
        <translation>Alle Anbieter</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="103"/>
        <source>All vendors</source>
        <translation>Alle Hersteller</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="52"/>
        <source>LiteLLM price list</source>
        <translation>LiteLLM-Preisliste</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="54"/>
        <source>price CSV</source>
        <translation>Preis-CSV</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="58"/>
        <source>PerToken price catalog</source>
        <translation>PerToken-Preiskatalog</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="104"/>
        <source>Import price file…</source>
        <translation>Preisdatei importieren…</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="106"/>
        <source>LiteLLM model_prices_and_context_window.json, a price CSV, or a PerToken price catalog</source>
        <translation>LiteLLM model_prices_and_context_window.json, eine Preis-CSV oder ein PerToken-Preiskatalog</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="109"/>
        <source>Update prices…</source>
        <translation>Preise aktualisieren…</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="111"/>
        <source>Download LiteLLM&apos;s current price list and see what changed before anything is replaced</source>
        <translation>Die aktuelle Preisliste von LiteLLM herunterladen und die Änderungen sehen, bevor etwas ersetzt wird</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="114"/>
        <source>Restore previous prices</source>
        <translation>Vorherige Preise wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="116"/>
        <source>Bring back the price catalog the last update replaced</source>
        <translation>Den Preiskatalog zurückholen, den die letzte Aktualisierung ersetzt hat</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="119"/>
        <source>API prices</source>
        <translation>API-Preise</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="120"/>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="246"/>
        <source>The updated price catalog could not be read, so the built-in one is shown: %1</source>
        <translation>Der aktualisierte Preiskatalog ließ sich nicht lesen, daher wird der mitgelieferte gezeigt: %1</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="278"/>
        <source>Prices not restored: %1</source>
        <translation>Preise nicht wiederhergestellt: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/catalog/catalog_dialog.cpp" line="284"/>
        <source>The previous price catalog is back in use (%n entries). Restore again to undo.</source>
        <translation>
            <numerusform>Der vorherige Preiskatalog ist wieder in Gebrauch (%n Eintrag). Erneut wiederherstellen macht das rückgängig.</numerusform>
            <numerusform>Der vorherige Preiskatalog ist wieder in Gebrauch (%n Einträge). Erneut wiederherstellen macht das rückgängig.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="344"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/catalog/catalog_dialog.cpp" line="347"/>
        <source>Saved %n custom entries to %1</source>
        <translation>
            <numerusform>%n eigenen Eintrag in %1 gespeichert</numerusform>
            <numerusform>%n eigene Einträge in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="521"/>
        <source>Import prices</source>
        <translation>Preise importieren</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="522"/>
        <source>Price files (*.json *.csv);;LiteLLM JSON or PerToken catalog (*.json);;Price CSV (*.csv)</source>
        <translation>Preisdateien (*.json *.csv);;LiteLLM-JSON oder PerToken-Katalog (*.json);;Preis-CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="552"/>
        <source>Imported %1 prices from %2 (%3); skipped %4 without a per-token price and %5 malformed. Entries without a date of their own are dated %6, the file&apos;s date.</source>
        <translation>%1 Preise aus %2 (%3) importiert; %4 ohne Preis pro Token und %5 fehlerhafte übersprungen. Einträge ohne eigenes Datum erhalten %6, das Datum der Datei.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/catalog/catalog_dialog.cpp" line="561"/>
        <source>%n warning(s), the first: %1</source>
        <translation>
            <numerusform>%n Warnung, die erste: %1</numerusform>
            <numerusform>%n Warnungen, die erste: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="479"/>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="497"/>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="533"/>
        <source>Nothing imported: %1</source>
        <translation>Nichts importiert: %1</translation>
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
        <translation>Alle Herkünfte</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="122"/>
        <source>Import model…</source>
        <translation>Modell importieren…</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="124"/>
        <source>A .gguf file, a Hugging Face config.json, a model.safetensors.index.json, or a folder (a Hugging Face snapshot or an Ollama model store). Only headers are read; the record keeps the file&apos;s name and the SHA-256 of what was read.</source>
        <translation>Eine .gguf-Datei, eine Hugging-Face-config.json, eine model.safetensors.index.json oder ein Ordner (ein Hugging-Face-Snapshot oder ein Ollama-Modellspeicher). Nur die Header werden gelesen; der Eintrag behält den Dateinamen und den SHA-256 des Gelesenen.</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="129"/>
        <source>File…</source>
        <translation>Datei…</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="130"/>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="133"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="461"/>
        <source>Import a model folder</source>
        <translation>Modellordner importieren</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="463"/>
        <source>Import a model</source>
        <translation>Modell importieren</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="464"/>
        <source>Model files (*.gguf config.json *.safetensors.index.json *.safetensors);;GGUF (*.gguf);;Hugging Face config (config.json);;safetensors (*.safetensors.index.json *.safetensors)</source>
        <translation>Modelldateien (*.gguf config.json *.safetensors.index.json *.safetensors);;GGUF (*.gguf);;Hugging-Face-Konfiguration (config.json);;safetensors (*.safetensors.index.json *.safetensors)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="480"/>
        <source>%1 holds no models</source>
        <translation>%1 enthält keine Modelle</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="488"/>
        <source>Import from the Ollama store</source>
        <translation>Aus dem Ollama-Speicher importieren</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="489"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="502"/>
        <source>%1 could not be read completely (missing: %2). Fill in the rest by hand: %3</source>
        <extracomment>%1 the keys or fields the file lacks, %2 the reader&apos;s message.</extracomment>
        <translation>%1 konnte nicht vollständig gelesen werden (es fehlt: %2). Den Rest von Hand ergänzen: %3</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_dialog.cpp" line="513"/>
        <source>Imported %1 from %2.</source>
        <extracomment>%1 model name, %2 file name.</extracomment>
        <translation>%1 aus %2 importiert.</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::CatalogPage</name>
    <message>
        <location filename="../ui/catalog/catalog_page.cpp" line="30"/>
        <source>Add custom…</source>
        <translation>Eigenen hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_page.cpp" line="31"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_page.cpp" line="32"/>
        <source>Duplicate as custom…</source>
        <translation>Als eigenen Eintrag duplizieren…</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_page.cpp" line="33"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_page.cpp" line="34"/>
        <source>Use in scenario</source>
        <translation>Im Szenario verwenden</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_page.cpp" line="39"/>
        <source>Search id, name, provider or source</source>
        <translation>ID, Name, Anbieter oder Quelle suchen</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_page.cpp" line="57"/>
        <source>Put the selected entry into the current scenario</source>
        <translation>Den ausgewählten Eintrag in das aktuelle Szenario übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/catalog/catalog_page.cpp" line="158"/>
        <source>Built-in entries are read-only; duplicate one to change it</source>
        <translation>Integrierte Einträge sind schreibgeschützt; duplizieren Sie einen, um ihn zu ändern</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::ChartExport</name>
    <message>
        <location filename="../ui/charts/chart_export.cpp" line="39"/>
        <source>unknown chart &quot;%1&quot;; the charts are: %2</source>
        <translation>unbekanntes Diagramm „%1“; die Diagramme sind: %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/chart_export.cpp" line="372"/>
        <source>the PNG encoder failed</source>
        <translation>der PNG-Encoder ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/charts/chart_export.cpp" line="393"/>
        <location filename="../ui/charts/chart_export.cpp" line="401"/>
        <location filename="../ui/charts/chart_export.cpp" line="408"/>
        <source>cannot write: %1</source>
        <translation>kann nicht schreiben: %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/chart_export.cpp" line="421"/>
        <source>unknown file type; use .png, .svg, .pdf or .csv</source>
        <translation>unbekannter Dateityp; verwenden Sie .png, .svg, .pdf oder .csv</translation>
    </message>
    <message>
        <location filename="../ui/charts/chart_export.cpp" line="435"/>
        <source>no GUI application to own the clipboard</source>
        <translation>keine GUI-Anwendung, der die Zwischenablage gehören könnte</translation>
    </message>
    <message>
        <location filename="../ui/charts/chart_export.cpp" line="297"/>
        <source>width and height must each be from %1 to %2 pixels</source>
        <translation>Breite und Höhe müssen jeweils zwischen %1 und %2 Pixeln liegen</translation>
    </message>
    <message>
        <location filename="../ui/charts/chart_export.cpp" line="304"/>
        <source>the resolution must be from %1 to %2 dpi</source>
        <translation>die Auflösung muss zwischen %1 und %2 dpi liegen</translation>
    </message>
    <message>
        <location filename="../ui/charts/chart_export.cpp" line="312"/>
        <source>%1 × %2 pixels is more than 100 million pixels; choose a smaller size or resolution</source>
        <translation>%1 × %2 Pixel sind mehr als 100 Millionen Pixel; wählen Sie eine kleinere Größe oder Auflösung</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::ChartExportDialog</name>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="72"/>
        <location filename="../ui/export/chart_export_dialog.cpp" line="354"/>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="82"/>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="83"/>
        <source>SVG drawing</source>
        <translation>SVG-Zeichnung</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="84"/>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="85"/>
        <source>Data as CSV</source>
        <translation>Daten als CSV</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="95"/>
        <source> px</source>
        <extracomment>Unit suffix of the width and height fields: pixels.</extracomment>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="101"/>
        <source>Width in pixels</source>
        <translation>Breite in Pixeln</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="102"/>
        <source>Height in pixels</source>
        <translation>Höhe in Pixeln</translation>
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
        <translation>Nur PNG: Das Bild hat Breite × Auflösung / 96 Pixel, und die Auflösung wird in die Datei geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="129"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="137"/>
        <source>C&amp;hart:</source>
        <translation>&amp;Diagramm:</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="138"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="139"/>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="140"/>
        <source>&amp;Width × height:</source>
        <translation>&amp;Breite × Höhe:</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="143"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Auflösung:</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="144"/>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="145"/>
        <source>F&amp;ile:</source>
        <translation>D&amp;atei:</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="150"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="259"/>
        <source>Choose a file to write.</source>
        <translation>Wählen Sie eine Datei zum Schreiben.</translation>
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
        <translation>Wie auf dem Bildschirm (%1 × %2)</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="301"/>
        <source>Custom</source>
        <translation>Eigen</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="351"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="351"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="352"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="352"/>
        <source>Data as CSV (*.csv)</source>
        <translation>Daten als CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="388"/>
        <source>An image of %1 × %2 pixels at %3 dpi</source>
        <extracomment>%1 × %2 pixels, %3 dots per inch.</extracomment>
        <translation>Ein Bild mit %1 × %2 Pixeln bei %3 dpi</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="393"/>
        <source>A drawing of %1 × %2 pixels at 96 dpi that scales without loss</source>
        <translation>Eine verlustfrei skalierbare Zeichnung mit %1 × %2 Pixeln bei 96 dpi</translation>
    </message>
    <message>
        <location filename="../ui/export/chart_export_dialog.cpp" line="397"/>
        <source>The numbers the chart draws, as a table</source>
        <translation>Die Zahlen des Diagramms als Tabelle</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::ChartPage</name>
    <message>
        <location filename="../ui/charts/chart_page.cpp" line="30"/>
        <location filename="../ui/charts/chart_page.cpp" line="105"/>
        <source>Show data table</source>
        <translation>Tabelle zeigen</translation>
    </message>
    <message>
        <location filename="../ui/charts/chart_page.cpp" line="32"/>
        <source>Show the numbers this chart draws as a table</source>
        <translation>Die Zahlen dieses Diagramms als Tabelle anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/charts/chart_page.cpp" line="40"/>
        <source>Copy data</source>
        <translation>Daten kopieren</translation>
    </message>
    <message>
        <location filename="../ui/charts/chart_page.cpp" line="41"/>
        <source>Copy the chart&apos;s numbers as tab-separated text</source>
        <translation>Die Zahlen des Diagramms als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <location filename="../ui/charts/chart_page.cpp" line="60"/>
        <source>%1: data</source>
        <translation>%1: Daten</translation>
    </message>
    <message>
        <location filename="../ui/charts/chart_page.cpp" line="66"/>
        <source>Export chart…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/charts/chart_page.cpp" line="67"/>
        <source>Save this chart as PNG, SVG or PDF, or its data as CSV</source>
        <translation>Dieses Diagramm als PNG, SVG oder PDF speichern oder seine Daten als CSV</translation>
    </message>
    <message>
        <location filename="../ui/charts/chart_page.cpp" line="70"/>
        <source>Copy chart as image</source>
        <translation>Diagramm als Bild kopieren</translation>
    </message>
    <message>
        <location filename="../ui/charts/chart_page.cpp" line="105"/>
        <source>Show chart</source>
        <translation>Diagramm anzeigen</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::ChartsView</name>
    <message>
        <location filename="../ui/charts/charts_view.cpp" line="38"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/charts/charts_view.cpp" line="41"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../ui/charts/charts_view.cpp" line="41"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location filename="../ui/charts/charts_view.cpp" line="42"/>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <location filename="../ui/charts/charts_view.cpp" line="42"/>
        <source>Sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <location filename="../ui/charts/charts_view.cpp" line="43"/>
        <source>Uncertainty</source>
        <translation>Unsicherheit</translation>
    </message>
    <message>
        <location filename="../ui/charts/charts_view.cpp" line="43"/>
        <source>Frontier</source>
        <translation>Front</translation>
    </message>
    <message>
        <location filename="../ui/charts/charts_view.cpp" line="44"/>
        <source>Solved tasks</source>
        <translation>Gelöste Aufgaben</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::CostBreakdownChart</name>
    <message>
        <location filename="../ui/charts/cost_breakdown_chart.cpp" line="44"/>
        <source>%1 (not feasible)</source>
        <extracomment>Category label of an option that cannot serve the workload.</extracomment>
        <translation>%1 (nicht machbar)</translation>
    </message>
    <message>
        <location filename="../ui/charts/cost_breakdown_chart.cpp" line="80"/>
        <source>USD per million tokens</source>
        <translation>USD pro Million Tokens</translation>
    </message>
    <message>
        <location filename="../ui/charts/cost_breakdown_chart.cpp" line="82"/>
        <source>%1/M tokens</source>
        <extracomment>Short axis title where the long one does not fit; %1 a currency code.</extracomment>
        <translation>%1/Mio. Tokens</translation>
    </message>
    <message>
        <location filename="../ui/charts/cost_breakdown_chart.cpp" line="93"/>
        <source>Not feasible</source>
        <translation>Nicht machbar</translation>
    </message>
    <message>
        <location filename="../ui/charts/cost_breakdown_chart.cpp" line="152"/>
        <source>Cost per million tokens by option</source>
        <translation>Kosten pro Mio. Tokens nach Option</translation>
    </message>
    <message>
        <location filename="../ui/charts/cost_breakdown_chart.cpp" line="168"/>
        <source>%1 (misses targets)</source>
        <extracomment>Bar label of an option that misses the workload&apos;s latency targets.</extracomment>
        <translation>%1 (verfehlt Ziele)</translation>
    </message>
    <message>
        <location filename="../ui/charts/cost_breakdown_chart.cpp" line="212"/>
        <source>Not feasible: %1</source>
        <translation>Nicht machbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/cost_breakdown_chart.cpp" line="217"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../ui/charts/cost_breakdown_chart.cpp" line="219"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../ui/charts/cost_breakdown_chart.cpp" line="220"/>
        <source>Cost part</source>
        <translation>Kostenanteil</translation>
    </message>
    <message>
        <location filename="../ui/charts/cost_breakdown_chart.cpp" line="221"/>
        <source>Cost (USD per million tokens)</source>
        <translation>Kosten (USD pro Million Tokens)</translation>
    </message>
    <message>
        <location filename="../ui/charts/cost_breakdown_chart.cpp" line="222"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../ui/charts/cost_breakdown_chart.cpp" line="232"/>
        <source>No deployment option is enabled in this scenario.</source>
        <translation>In diesem Szenario ist keine Bereitstellungsoption aktiviert.</translation>
    </message>
    <message>
        <location filename="../ui/charts/cost_breakdown_chart.cpp" line="254"/>
        <source>%1 cannot serve this workload: %2</source>
        <translation>%1 kann diese Arbeitslast nicht bedienen: %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/cost_breakdown_chart.cpp" line="262"/>
        <source>%1 — %2
%3 per million tokens (%4 per month)
Total: %5 per million tokens</source>
        <extracomment>Tooltip of one cost part: part, option, its cost per million tokens, its monthly cost and the option&apos;s total.</extracomment>
        <translation>%1 — %2
%3 pro Million Tokens (%4 pro Monat)
Gesamt: %5 pro Million Tokens</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::DataTableView</name>
    <message>
        <location filename="../ui/charts/data_table_view.cpp" line="27"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::ExportController</name>
    <message>
        <location filename="../ui/export/export_controller.cpp" line="29"/>
        <source>Export &amp;Chart…</source>
        <translation>&amp;Diagramm exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/export/export_controller.cpp" line="30"/>
        <source>Export &amp;Memo Bundle…</source>
        <translation>&amp;Memo-Paket exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/export/export_controller.cpp" line="31"/>
        <source>Copy C&amp;hart</source>
        <translation>Dia&amp;gramm kopieren</translation>
    </message>
    <message>
        <location filename="../ui/export/export_controller.cpp" line="34"/>
        <source>Save one chart as PNG, SVG, PDF or its data as CSV</source>
        <translation>Ein Diagramm als PNG, SVG, PDF oder seine Daten als CSV speichern</translation>
    </message>
    <message>
        <location filename="../ui/export/export_controller.cpp" line="36"/>
        <source>Write the decision memo: memo.pdf, memo.md, every chart and its data, and the scenario, in one zip</source>
        <translation>Das Entscheidungsmemo schreiben: memo.pdf, memo.md, jedes Diagramm mit seinen Daten und das Szenario in einer ZIP-Datei</translation>
    </message>
    <message>
        <location filename="../ui/export/export_controller.cpp" line="39"/>
        <source>Copy a chart to the clipboard as an image</source>
        <translation>Ein Diagramm als Bild in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../ui/export/export_controller.cpp" line="51"/>
        <source>Cannot Export Chart</source>
        <translation>Diagramm kann nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../ui/export/export_controller.cpp" line="62"/>
        <source>Cannot Export Memo</source>
        <translation>Memo kann nicht exportiert werden</translation>
    </message>
    <message>
        <location filename="../ui/export/export_controller.cpp" line="76"/>
        <source>Chart:</source>
        <translation>Diagramm:</translation>
    </message>
    <message>
        <location filename="../ui/export/export_controller.cpp" line="104"/>
        <source>Export Memo Bundle</source>
        <translation>Memo-Paket exportieren</translation>
    </message>
    <message>
        <location filename="../ui/export/export_controller.cpp" line="106"/>
        <source>Memo bundles (*.zip)</source>
        <translation>Memo-Pakete (*.zip)</translation>
    </message>
    <message>
        <location filename="../ui/export/export_controller.cpp" line="116"/>
        <source>Copy Chart</source>
        <translation>Diagramm kopieren</translation>
    </message>
    <message>
        <location filename="../ui/export/export_controller.cpp" line="124"/>
        <source>Cannot Copy Chart</source>
        <translation>Diagramm kann nicht kopiert werden</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::FrontierChart</name>
    <message>
        <location filename="../ui/charts/frontier_chart.cpp" line="24"/>
        <location filename="../ui/charts/frontier_chart.cpp" line="158"/>
        <source>Output tokens/s per user</source>
        <translation>Ausgabe-Token/s je Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/charts/frontier_chart.cpp" line="26"/>
        <source>Tokens/s per user</source>
        <extracomment>Short axis title where the long one does not fit.</extracomment>
        <translation>Tokens/s je Nutzer</translation>
    </message>
    <message>
        <location filename="../ui/charts/frontier_chart.cpp" line="30"/>
        <source>Cost per million tokens (input + output)</source>
        <translation>Kosten je Million Token (Eingabe + Ausgabe)</translation>
    </message>
    <message>
        <location filename="../ui/charts/frontier_chart.cpp" line="32"/>
        <source>%1/M tokens</source>
        <extracomment>Short axis title where the long one does not fit; %1 a currency code.</extracomment>
        <translation>%1/Mio. Tokens</translation>
    </message>
    <message>
        <location filename="../ui/charts/frontier_chart.cpp" line="86"/>
        <source>published speed</source>
        <translation>veröffentlichte Geschwindigkeit</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/charts/frontier_chart.cpp" line="88"/>
        <source>%n device(s), batch %1</source>
        <extracomment>One parallelism layout: devices working together and sequences in a batch.</extracomment>
        <translation>
            <numerusform>%n Gerät, Batch %1</numerusform>
            <numerusform>%n Geräte, Batch %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/charts/frontier_chart.cpp" line="102"/>
        <source>Cost against speed per user (the frontier)</source>
        <translation>Kosten gegen Geschwindigkeit je Nutzer (die Front)</translation>
    </message>
    <message>
        <location filename="../ui/charts/frontier_chart.cpp" line="155"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../ui/charts/frontier_chart.cpp" line="156"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location filename="../ui/charts/frontier_chart.cpp" line="157"/>
        <source>Batch size (sequences)</source>
        <translation>Batchgröße (Sequenzen)</translation>
    </message>
    <message>
        <location filename="../ui/charts/frontier_chart.cpp" line="159"/>
        <source>Cost per million tokens</source>
        <translation>Kosten je Million Token</translation>
    </message>
    <message>
        <location filename="../ui/charts/frontier_chart.cpp" line="160"/>
        <source>Replica tokens/s (input + output)</source>
        <translation>Replikat-Token/s (Eingabe + Ausgabe)</translation>
    </message>
    <message>
        <location filename="../ui/charts/frontier_chart.cpp" line="161"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../ui/charts/frontier_chart.cpp" line="171"/>
        <source>No enabled option has a frontier: a self-hosted or on-device model must fit, and a cloud API needs a published output speed.</source>
        <translation>Keine aktive Option hat eine Front: ein selbst betriebenes oder geräteeigenes Modell muss passen, eine Cloud-API braucht eine veröffentlichte Ausgabegeschwindigkeit.</translation>
    </message>
    <message>
        <location filename="../ui/charts/frontier_chart.cpp" line="201"/>
        <source>%1, %2
%3 tokens/s per user · %4 per million tokens
%5</source>
        <extracomment>Tooltip on a frontier point; the last line names where the speed comes from.</extracomment>
        <translation>%1, %2
%3 Token/s je Nutzer · %4 je Million Token
%5</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::InventoryWindow</name>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="54"/>
        <source>Local AI Inventory</source>
        <translation>Lokales KI-Inventar</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="59"/>
        <source>Models and inference servers on this machine, found read-only: model files are read header only, servers are asked on loopback and never sent a prompt.</source>
        <translation>Modelle und Inferenzserver auf diesem Rechner, nur lesend ermittelt: Von Modelldateien wird nur der Header gelesen, Server werden über Loopback befragt und erhalten nie einen Prompt.</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="72"/>
        <source>&amp;Scan</source>
        <translation>&amp;Durchsuchen</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="74"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="80"/>
        <source>Not scanned yet.</source>
        <translation>Noch nicht durchsucht.</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="84"/>
        <source>Price on:</source>
        <translation>Preis auf:</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="89"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="89"/>
        <source>Store</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="89"/>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="89"/>
        <source>Parameters (B)</source>
        <translation>Parameter (Mrd.)</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="90"/>
        <source>Quantization</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="90"/>
        <source>Size (GB)</source>
        <translation>Größe (GB)</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="90"/>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="90"/>
        <source>Fits</source>
        <translation>Passt</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="91"/>
        <source>Tokens/s</source>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="91"/>
        <source>$ per M tokens</source>
        <translation>$ pro Mio. Tokens</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="94"/>
        <source>Runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="94"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="94"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="94"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="94"/>
        <source>Exposure</source>
        <translation>Erreichbarkeit</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="95"/>
        <source>Without authentication</source>
        <translation>Ohne Authentifizierung</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="95"/>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="95"/>
        <source>Models (loaded)</source>
        <translation>Modelle (geladen)</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="104"/>
        <source>&amp;Add as Option</source>
        <translation>Als Option &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="106"/>
        <source>Add the selected model to the scenario as an option on the hardware chosen above</source>
        <translation>Das ausgewählte Modell als Option auf der oben gewählten Hardware zum Szenario hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="167"/>
        <source>Scanning…</source>
        <translation>Durchsuche…</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="195"/>
        <source>Asking listening port %1 what it serves…</source>
        <translation>Frage lauschenden Port %1, was er anbietet…</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="197"/>
        <source>Looking through model stores: %1 entries…</source>
        <translation>Durchsuche Modellspeicher: %1 Einträge…</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="199"/>
        <source>Reading this machine&apos;s memory and GPUs…</source>
        <translation>Lese Arbeitsspeicher und GPUs dieses Rechners…</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="201"/>
        <source>Listing listening sockets…</source>
        <translation>Liste lauschende Sockets auf…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/local_inventory/inventory_window.cpp" line="212"/>
        <source>%n model(s), %1 server(s), %2 path(s) skipped.</source>
        <translation>
            <numerusform>%n Modell, %1 Server, %2 Pfade übersprungen.</numerusform>
            <numerusform>%n Modelle, %1 Server, %2 Pfade übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="217"/>
        <source>Cancelled: what was found so far is shown.</source>
        <translation>Abgebrochen: Angezeigt wird, was bis dahin gefunden wurde.</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="218"/>
        <source>The scan stopped at its bound: %1.</source>
        <translation>Die Suche hat ihre Grenze erreicht: %1.</translation>
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
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="257"/>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="279"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="276"/>
        <source>reachable from the network</source>
        <translation>aus dem Netz erreichbar</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="277"/>
        <source>this machine only</source>
        <translation>nur dieser Rechner</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="282"/>
        <source>%1 (%2 loaded)</source>
        <translation>%1 (%2 geladen)</translation>
    </message>
    <message>
        <location filename="../ui/local_inventory/inventory_window.cpp" line="308"/>
        <source>Added “%1” to the scenario.</source>
        <translation>„%1“ zum Szenario hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::MainWindow</name>
    <message>
        <location filename="../ui/main_window.cpp" line="111"/>
        <source>Scaling</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="198"/>
        <source>Workload</source>
        <translation>Arbeitslast</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="199"/>
        <source>Deployment options</source>
        <translation>Bereitstellungsoptionen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="200"/>
        <source>Selected option</source>
        <translation>Ausgewählte Option</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="204"/>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="223"/>
        <source>Opened scenario</source>
        <translation>Geöffnetes Szenario</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="224"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="31"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="32"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="34"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="36"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="41"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="44"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="53"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="57"/>
        <source>Start again from the built-in default scenario</source>
        <translation>Neu mit dem integrierten Standardszenario beginnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="58"/>
        <source>Open a scenario file</source>
        <translation>Eine Szenariodatei öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="59"/>
        <source>Save the scenario to its file</source>
        <translation>Das Szenario in seiner Datei speichern</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="61"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="62"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="63"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="73"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="80"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="90"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="93"/>
        <source>Follow the &amp;System</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="94"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="95"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="105"/>
        <source>&amp;Scenario</source>
        <translation>&amp;Szenario</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="106"/>
        <source>&amp;Properties…</source>
        <translation>&amp;Eigenschaften…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="114"/>
        <source>Edit the scenario&apos;s name, description and the question its memo answers</source>
        <translation>Name, Beschreibung und die Frage bearbeiten, die das Memo beantwortet</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="116"/>
        <source>&amp;Add Option</source>
        <translation>Option &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="121"/>
        <source>&amp;Task…</source>
        <translation>&amp;Aufgabe…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="127"/>
        <source>Say what a task is (a benchmark or measured success rates) to compare options per solved task</source>
        <translation>Festlegen, was eine Aufgabe ist (ein Benchmark oder gemessene Erfolgsquoten), um Optionen je gelöster Aufgabe zu vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="131"/>
        <source>&amp;Catalogs…</source>
        <translation>&amp;Kataloge…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="154"/>
        <source>&amp;Update Prices…</source>
        <translation>&amp;Preise aktualisieren…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="158"/>
        <source>Download LiteLLM&apos;s published price list, see what changed and replace the API prices only if you apply it</source>
        <translation>Die von LiteLLM veröffentlichte Preisliste herunterladen, die Änderungen ansehen und die API-Preise nur ersetzen, wenn Sie sie übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="161"/>
        <source>&amp;Benchmark</source>
        <translation>Bench&amp;mark</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="163"/>
        <source>&amp;Benchmark Panel</source>
        <translation>&amp;Benchmark-Bereich</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="167"/>
        <source>Local AI &amp;Inventory…</source>
        <translation>Lokales KI-&amp;Inventar…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="170"/>
        <source>The models and inference servers on this machine, how exposed they are, and what each model costs here</source>
        <translation>Die Modelle und Inferenzserver auf diesem Rechner, wie erreichbar sie sind und was jedes Modell hier kostet</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="173"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="181"/>
        <source>&amp;About PerToken</source>
        <translation>Ü&amp;ber PerToken</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="183"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="186"/>
        <source>Main</source>
        <translation>Haupt</translation>
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
        <translation>&amp;Liste leeren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="306"/>
        <source>Open Scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="307"/>
        <source>PerToken scenarios and memo bundles (*.%1 *.zip);;All files (*)</source>
        <translation>PerToken-Szenarien und Memo-Pakete (*.%1 *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="317"/>
        <source>Cannot Open Scenario</source>
        <translation>Szenario kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="318"/>
        <source>The scenario could not be opened.

%1</source>
        <translation>Das Szenario konnte nicht geöffnet werden.

%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="334"/>
        <location filename="../ui/main_window.cpp" line="343"/>
        <source>Use Measurement</source>
        <translation>Messung verwenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="335"/>
        <location filename="../ui/main_window.cpp" line="366"/>
        <source>Select the deployment option the measurement is for.</source>
        <translation>Wählen Sie die Bereitstellungsoption, für die die Messung gilt.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="344"/>
        <source>The measurement cannot be used for %1.

%2</source>
        <translation>Die Messung kann nicht für %1 verwendet werden.

%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="349"/>
        <source>Use measurement for %1</source>
        <translation>Messung für %1 verwenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="356"/>
        <source>%1 now uses the measured throughput</source>
        <translation>%1 verwendet jetzt den gemessenen Durchsatz</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="365"/>
        <location filename="../ui/main_window.cpp" line="371"/>
        <source>Calibrate Option</source>
        <translation>Option kalibrieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="372"/>
        <source>%1 cannot be calibrated from this measurement.

%2</source>
        <translation>%1 lässt sich mit dieser Messung nicht kalibrieren.

%2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="377"/>
        <source>Calibrate %1</source>
        <translation>%1 kalibrieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="379"/>
        <source>%1 is now calibrated: %2</source>
        <translation>%1 ist jetzt kalibriert: %2</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="392"/>
        <source>scenario.%1</source>
        <translation>szenario.%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="395"/>
        <source>Save Scenario As</source>
        <translation>Szenario speichern unter</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="396"/>
        <source>PerToken scenarios (*.%1)</source>
        <translation>PerToken-Szenarien (*.%1)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="407"/>
        <source>Cannot Save Scenario</source>
        <translation>Szenario kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="408"/>
        <source>The scenario could not be saved.

%1</source>
        <translation>Das Szenario konnte nicht gespeichert werden.

%1</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="413"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="422"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="423"/>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="515"/>
        <source>About PerToken</source>
        <translation>Über PerToken</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="516"/>
        <source>&lt;h3&gt;PerToken %1&lt;/h3&gt;&lt;p&gt;AI deployment economics: what a million tokens costs through a cloud API, on self-hosted GPUs or on devices you own, where each option breaks even, and how to size a model once inference is counted.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PerToken %1&lt;/h3&gt;&lt;p&gt;Wirtschaftlichkeit von KI-Bereitstellungen: was eine Million Tokens über eine Cloud-API, auf selbst betriebenen GPUs oder auf eigenen Geräten kostet, ab wann sich jede Option rechnet und wie groß ein Modell sein sollte, wenn die Inferenz mitgerechnet wird.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder neuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.cpp" line="351"/>
        <source>%1 now uses the measured throughput and power (%2 W)</source>
        <translation>%1 verwendet jetzt den gemessenen Durchsatz und die gemessene Leistung (%2 W)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="133"/>
        <source>Browse and edit API prices, hardware and models; apply an entry to the selected option</source>
        <translation>API-Preise, Hardware und Modelle durchsuchen und bearbeiten; einen Eintrag auf die ausgewählte Option anwenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="135"/>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="138"/>
        <source>&amp;Import Model File…</source>
        <translation>Modelldatei &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="141"/>
        <source>Read a .gguf file, a Hugging Face config.json or a safetensors index into your model catalog (headers only)</source>
        <translation>Eine .gguf-Datei, eine Hugging-Face-config.json oder einen safetensors-Index in Ihren Modellkatalog einlesen (nur die Header)</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="144"/>
        <source>Import Model &amp;Folder…</source>
        <translation>Modell&amp;ordner importieren…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="148"/>
        <source>Read a Hugging Face snapshot or a model from an Ollama store into your model catalog</source>
        <translation>Einen Hugging-Face-Snapshot oder ein Modell aus einem Ollama-Speicher in Ihren Modellkatalog einlesen</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="150"/>
        <source>Add Model by &amp;Hand…</source>
        <translation>Modell von &amp;Hand hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="174"/>
        <source>&amp;User Guide</source>
        <translation>Benutzer&amp;handbuch</translation>
    </message>
    <message>
        <location filename="../ui/main_window_menus.cpp" line="178"/>
        <source>How PerToken answers its four questions, in the dashboard and on the command line</source>
        <translation>Wie PerToken seine vier Fragen beantwortet, in der Oberfläche und auf der Kommandozeile</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::MemoExport</name>
    <message>
        <location filename="../ui/export/memo_export.cpp" line="204"/>
        <source>the PDF writer produced no output</source>
        <translation>der PDF-Writer hat keine Ausgabe erzeugt</translation>
    </message>
    <message>
        <location filename="../ui/export/memo_export.cpp" line="271"/>
        <source>%1 (while writing %2)</source>
        <translation>%1 (beim Schreiben von %2)</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::ModelEditor</name>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="35"/>
        <source>Custom model</source>
        <translation>Eigenes Modell</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="38"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="38"/>
        <source>lowercase-with-dashes</source>
        <translation>kleinbuchstaben-mit-bindestrichen</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="39"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="40"/>
        <location filename="../ui/catalog/model_editor.cpp" line="111"/>
        <source>Parameters, total</source>
        <translation>Parameter, gesamt</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="41"/>
        <source>count, e.g. 8030261248</source>
        <translation>Anzahl, z. B. 8030261248</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="43"/>
        <location filename="../ui/catalog/model_editor.cpp" line="112"/>
        <source>Parameters, active per token</source>
        <translation>Parameter, aktiv pro Token</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="44"/>
        <source>empty: as many as the total (dense)</source>
        <translation>leer: so viele wie gesamt (dicht)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="45"/>
        <location filename="../ui/catalog/model_editor.cpp" line="115"/>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="46"/>
        <location filename="../ui/catalog/model_editor.cpp" line="116"/>
        <source>Attention heads</source>
        <translation>Attention-Köpfe</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="48"/>
        <location filename="../ui/catalog/model_editor.cpp" line="117"/>
        <source>KV heads</source>
        <translation>KV-Köpfe</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="49"/>
        <source>as many as attention heads for MHA, fewer for GQA</source>
        <translation>bei MHA so viele wie Attention-Köpfe, bei GQA weniger</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="50"/>
        <location filename="../ui/catalog/model_editor.cpp" line="118"/>
        <source>Head dimension</source>
        <translation>Kopfdimension</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="51"/>
        <location filename="../ui/catalog/model_editor.cpp" line="119"/>
        <source>Experts</source>
        <translation>Experten</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="52"/>
        <source>empty for a dense model</source>
        <translation>leer bei einem dichten Modell</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="53"/>
        <location filename="../ui/catalog/model_editor.cpp" line="120"/>
        <source>Experts per token</source>
        <translation>Experten pro Token</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="55"/>
        <source>Context length (tokens)</source>
        <translation>Kontextlänge (Tokens)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="57"/>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="57"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="58"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="59"/>
        <source>model card, config.json or file</source>
        <translation>Model Card, config.json oder Datei</translation>
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
        <translation>Importiert aus</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="97"/>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="99"/>
        <source>%1: is required</source>
        <translation>%1: ist erforderlich</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="106"/>
        <source>%1: a whole number expected</source>
        <translation>%1: eine ganze Zahl erwartet</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="121"/>
        <source>Context length</source>
        <translation>Kontextlänge</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_editor.cpp" line="130"/>
        <source>The id &quot;%1&quot; is already used by another custom entry</source>
        <translation>Die ID „%1“ wird bereits von einem anderen eigenen Eintrag verwendet</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::ModelTableModel</name>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="44"/>
        <source>Entered by hand or built in: no file was read</source>
        <translation>Von Hand eingegeben oder integriert: keine Datei gelesen</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="47"/>
        <source>SHA-256 of the whole file %1: %2</source>
        <extracomment>%1 file name, %2 hex digest.</extracomment>
        <translation>SHA-256 der gesamten Datei %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="49"/>
        <source>SHA-256 of the header of %1 (the bytes read; the weights are not read or hashed): %2</source>
        <extracomment>%1 file name, %2 hex digest.</extracomment>
        <translation>SHA-256 des Headers von %1 (die gelesenen Bytes; die Gewichte werden weder gelesen noch gehasht): %2</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="90"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="91"/>
        <source>Custom</source>
        <translation>Eigen</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="91"/>
        <source>Built-in</source>
        <translation>Integriert</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="159"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="161"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="163"/>
        <source>Parameters (B)</source>
        <translation>Parameter (Mrd.)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="165"/>
        <source>Active (B)</source>
        <translation>Aktiv (Mrd.)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="167"/>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="169"/>
        <source>Heads</source>
        <translation>Köpfe</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="171"/>
        <source>KV heads</source>
        <translation>KV-Köpfe</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="173"/>
        <source>Head dim</source>
        <translation>Kopfdim.</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="175"/>
        <source>Context (tokens)</source>
        <translation>Kontext (Tokens)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="177"/>
        <source>KV cache (bytes/token, 16-bit)</source>
        <translation>KV-Cache (Bytes/Token, 16 Bit)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="179"/>
        <source>Source file</source>
        <translation>Quelldatei</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="181"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="183"/>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="185"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/catalog/model_table_model.cpp" line="187"/>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::OptionPanel</name>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="51"/>
        <source>%1 (from scenario)</source>
        <extracomment>A combo box entry for a value that is in the scenario but not in the catalog.</extracomment>
        <translation>%1 (aus dem Szenario)</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="74"/>
        <source>Cloud API</source>
        <translation>Cloud-API</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="76"/>
        <source>Self-hosted GPUs</source>
        <translation>Selbst betriebene GPUs</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="78"/>
        <source>On-device</source>
        <translation>Auf dem Gerät</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="90"/>
        <source>API price</source>
        <translation>API-Preis</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="91"/>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="92"/>
        <location filename="../ui/panels/option_panel.cpp" line="135"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="93"/>
        <location filename="../ui/panels/option_panel.cpp" line="136"/>
        <source>Quantization</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="94"/>
        <location filename="../ui/panels/option_panel.cpp" line="137"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="95"/>
        <location filename="../ui/panels/option_panel.cpp" line="138"/>
        <source>Acquisition</source>
        <translation>Beschaffung</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="96"/>
        <location filename="../ui/panels/option_panel.cpp" line="139"/>
        <source>Device cost</source>
        <translation>Gerätekosten</translation>
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
        <translation>Kontinuierliches Batching (vLLM, SGLang, TensorRT-LLM)</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="119"/>
        <source>Layer split (llama.cpp, Ollama, LM Studio)</source>
        <extracomment>Engine profile: llama.cpp gives each GPU a run of layers, one after another.</extracomment>
        <translation>Schichtaufteilung (llama.cpp, Ollama, LM Studio)</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="123"/>
        <source>Continuous batching, expert parallel (MoE)</source>
        <extracomment>Engine profile: a mixture-of-experts model with its experts spread over the GPUs and attention copied on each (SGLang, vLLM with expert parallelism).</extracomment>
        <translation>Continuous Batching, Expertenparallel (MoE)</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="125"/>
        <source>How the serving engine spreads a replica over its GPUs; it decides the speed of a multi-GPU replica and which fitted efficiencies apply</source>
        <translation>Wie die Serving-Engine ein Replikat auf seine GPUs verteilt; das bestimmt die Geschwindigkeit eines Replikats mit mehreren GPUs und welche angepassten Auslastungen gelten</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="128"/>
        <source>Rent by the hour</source>
        <translation>Stundenweise mieten</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="129"/>
        <source>Buy and depreciate</source>
        <translation>Kaufen und abschreiben</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="130"/>
        <source>Amortized share of the price</source>
        <translation>Anteil am Preis, abgeschrieben</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="131"/>
        <source>Marginal: electricity only</source>
        <translation>Grenzkosten: nur Strom</translation>
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
        <translation>Keine Option ausgewählt</translation>
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
        <translation>Listenpreis, Stand %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="223"/>
        <source>%1: figures as of %2 · %3</source>
        <extracomment>%1 hardware, %2 date its figures were read, %3 their source.</extracomment>
        <translation>%1: Werte mit Stand %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="237"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../ui/panels/option_panel.cpp" line="295"/>
        <source>Choose %1 for %2</source>
        <extracomment>Undo menu text: %1 what was chosen, %2 the option&apos;s name.</extracomment>
        <translation>%1 für %2 wählen</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::OptionsPanel</name>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="26"/>
        <source>Cloud API</source>
        <translation>Cloud-API</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="28"/>
        <source>Self-hosted</source>
        <translation>Selbst betrieben</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="30"/>
        <source>On-device</source>
        <translation>Auf dem Gerät</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="49"/>
        <source>Cloud &amp;API</source>
        <translation>Cloud-&amp;API</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="50"/>
        <source>&amp;Self-hosted GPU</source>
        <translation>&amp;Selbst betriebene GPU</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="51"/>
        <source>&amp;On-device</source>
        <translation>Auf dem &amp;Gerät</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="52"/>
        <source>&amp;Duplicate Option</source>
        <translation>Option &amp;duplizieren</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="53"/>
        <source>&amp;Remove Option</source>
        <translation>Option &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="58"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="58"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="65"/>
        <source>Deployment options</source>
        <translation>Bereitstellungsoptionen</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="68"/>
        <source>Add a cloud API option priced from the catalog</source>
        <translation>Eine Cloud-API-Option hinzufügen, bepreist aus dem Katalog</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="69"/>
        <source>Add a model served on rented or bought GPUs</source>
        <translation>Ein Modell auf gemieteten oder gekauften GPUs hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="70"/>
        <source>Add a model running on a laptop or desktop</source>
        <translation>Ein Modell hinzufügen, das auf einem Laptop oder Desktop läuft</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="71"/>
        <source>Copy the selected option</source>
        <translation>Die ausgewählte Option kopieren</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="72"/>
        <source>Remove the selected option</source>
        <translation>Die ausgewählte Option entfernen</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="88"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="93"/>
        <source>Add option</source>
        <translation>Option hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="166"/>
        <source>%1 (%2): double-click to rename, untick to leave it out of the comparison</source>
        <translation>%1 (%2): Doppelklick zum Umbenennen, Häkchen entfernen, um sie aus dem Vergleich zu nehmen</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="231"/>
        <source>Price %1 as %2 %3</source>
        <translation>%1 als %2 %3 bepreisen</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="245"/>
        <source>Run %1 on %2</source>
        <translation>%1 auf %2 ausführen</translation>
    </message>
    <message>
        <location filename="../ui/panels/options_panel.cpp" line="260"/>
        <source>Run %2 in %1</source>
        <extracomment>Undo text: %1 option name, %2 model name.</extracomment>
        <translation>%2 in %1 ausführen</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::ParameterEditor</name>
    <message>
        <location filename="../ui/widgets/parameter_editor.cpp" line="94"/>
        <source>not requested</source>
        <extracomment>Shown in a planner spin box at 0: the answer this input asks for is not computed.</extracomment>
        <translation>nicht angefordert</translation>
    </message>
    <message>
        <location filename="../ui/widgets/parameter_editor.cpp" line="111"/>
        <source>%1: from %2 to %3 %4</source>
        <extracomment>Tooltip of a parameter: %1 label, %2 lowest value, %3 highest value, %4 unit.</extracomment>
        <translation>%1: von %2 bis %3 %4</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::PlannerCharts</name>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="111"/>
        <location filename="../ui/charts/planner_plots.cpp" line="205"/>
        <source>Loss against training compute</source>
        <translation>Loss gegen Trainingsrechenaufwand</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="113"/>
        <source>Model size against query volume</source>
        <translation>Modellgröße gegen Anfragevolumen</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="117"/>
        <source>Best pass@k against budget</source>
        <translation>Bestes pass@k gegen Budget</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="161"/>
        <location filename="../ui/charts/planner_plots.cpp" line="207"/>
        <source>Training compute (FLOPs)</source>
        <translation>Trainingsrechenaufwand (FLOPs)</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="161"/>
        <location filename="../ui/charts/planner_plots.cpp" line="209"/>
        <source>Loss (nats per token)</source>
        <translation>Loss (nats pro Token)</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="156"/>
        <location filename="../ui/charts/planner_plots.cpp" line="217"/>
        <source>%1 parameters</source>
        <translation>%1 Parameter</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="157"/>
        <location filename="../ui/charts/planner_plots.cpp" line="224"/>
        <source>Compute-optimal frontier</source>
        <translation>Recheneffiziente Grenze</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="159"/>
        <location filename="../ui/charts/planner_plots.cpp" line="229"/>
        <source>Your budget</source>
        <translation>Ihr Budget</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="246"/>
        <source>Model size against query volume: no queries to plan for</source>
        <translation>Modellgröße gegen Anfragevolumen: keine Anfragen zu planen</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="247"/>
        <source>Model size against query volume (train-to-test)</source>
        <translation>Modellgröße gegen Anfragevolumen (Train-to-Test)</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="174"/>
        <location filename="../ui/charts/planner_plots.cpp" line="249"/>
        <source>Lifetime queries (queries)</source>
        <translation>Anfragen über die Lebensdauer (Anfragen)</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="251"/>
        <source>Parameters (count)</source>
        <translation>Parameter (Anzahl)</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="253"/>
        <source>Training tokens per parameter</source>
        <translation>Trainings-Tokens pro Parameter</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="255"/>
        <source>Parameters, T² optimum</source>
        <translation>Parameter, T²-Optimum</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="260"/>
        <source>Parameters, Chinchilla point</source>
        <translation>Parameter, Chinchilla-Punkt</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="177"/>
        <location filename="../ui/charts/planner_plots.cpp" line="266"/>
        <source>Tokens per parameter, T² optimum</source>
        <translation>Tokens pro Parameter, T²-Optimum</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="288"/>
        <source>Best pass@k against budget: no queries to plan for</source>
        <translation>Bestes pass@k gegen Budget: keine Anfragen zu planen</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="289"/>
        <source>Best pass@k against budget (train-to-test)</source>
        <translation>Bestes pass@k gegen Budget (Train-to-Test)</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="194"/>
        <location filename="../ui/charts/planner_plots.cpp" line="304"/>
        <source>End-to-end budget (USD)</source>
        <translation>Gesamtbudget (USD)</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="196"/>
        <location filename="../ui/charts/planner_plots.cpp" line="308"/>
        <source>End-to-end budget (FLOPs)</source>
        <translation>Gesamtbudget (FLOPs)</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="197"/>
        <location filename="../ui/charts/planner_plots.cpp" line="310"/>
        <source>pass@k (share of questions)</source>
        <translation>pass@k (Anteil der Fragen)</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="182"/>
        <location filename="../ui/charts/planner_plots.cpp" line="312"/>
        <source>T² optimum (best k)</source>
        <translation>T²-Optimum (bestes k)</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="183"/>
        <location filename="../ui/charts/planner_plots.cpp" line="316"/>
        <source>Chinchilla point (k = 1)</source>
        <translation>Chinchilla-Punkt (k = 1)</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="188"/>
        <location filename="../ui/charts/planner_plots.cpp" line="324"/>
        <source>T² optimum at your budget</source>
        <translation>T²-Optimum bei Ihrem Budget</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="189"/>
        <location filename="../ui/charts/planner_plots.cpp" line="329"/>
        <source>Chinchilla point at your budget</source>
        <translation>Chinchilla-Punkt bei Ihrem Budget</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_charts.cpp" line="237"/>
        <source>%1
Training compute: %2 FLOPs
Loss: %3 nats per token</source>
        <translation>%1
Trainingsrechenaufwand: %2 FLOPs
Loss: %3 nats pro Token</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_charts.cpp" line="243"/>
        <source>
Training tokens: %1</source>
        <translation>
Trainings-Tokens: %1</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_charts.cpp" line="253"/>
        <source>%1
Lifetime queries: %2
Parameters: %3 (1 sample per query)</source>
        <translation>%1
Anfragen über die Lebensdauer: %2
Parameter: %3 (1 Stichprobe pro Anfrage)</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_charts.cpp" line="255"/>
        <source>%1
Lifetime queries: %2
Parameters: %3
Training tokens per parameter: %4
Samples per query: %5</source>
        <translation>%1
Anfragen über die Lebensdauer: %2
Parameter: %3
Trainings-Tokens pro Parameter: %4
Stichproben pro Anfrage: %5</translation>
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
Budget: %2
pass@k: %3 %</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_charts.cpp" line="267"/>
        <source>
Parameters: %1
Training tokens: %2
Samples per query: %3</source>
        <translation>
Parameter: %1
Trainings-Tokens: %2
Stichproben pro Anfrage: %3</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_charts.cpp" line="73"/>
        <source>%1: data</source>
        <translation>%1: Daten</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_charts.cpp" line="80"/>
        <location filename="../ui/charts/planner_charts.cpp" line="141"/>
        <source>Show data table</source>
        <translation>Tabelle zeigen</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_charts.cpp" line="84"/>
        <source>Show the numbers this chart draws as a table</source>
        <translation>Die Zahlen dieses Diagramms als Tabelle anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_charts.cpp" line="87"/>
        <source>Export chart…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_charts.cpp" line="89"/>
        <source>Save this chart as PNG, SVG or PDF, or its data as CSV</source>
        <translation>Dieses Diagramm als PNG, SVG oder PDF speichern oder seine Daten als CSV</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_charts.cpp" line="92"/>
        <source>Copy chart as image</source>
        <translation>Diagramm als Bild kopieren</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_charts.cpp" line="141"/>
        <source>Show chart</source>
        <translation>Diagramm anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="161"/>
        <location filename="../ui/charts/planner_plots.cpp" line="193"/>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="175"/>
        <source>Parameters, T² optimum (count)</source>
        <translation>Parameter, T²-Optimum (Anzahl)</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="176"/>
        <source>Parameters, Chinchilla point (count)</source>
        <translation>Parameter, Chinchilla-Punkt (Anzahl)</translation>
    </message>
    <message>
        <location filename="../ui/charts/planner_plots.cpp" line="178"/>
        <source>Samples per query, T² optimum</source>
        <translation>Stichproben pro Anfrage, T²-Optimum</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::PlannerPanel</name>
    <message>
        <location filename="../ui/panels/planner_panel.cpp" line="23"/>
        <source>The planner cannot answer: %1</source>
        <translation>Der Planer kann nicht antworten: %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/planner_panel.cpp" line="28"/>
        <source>&lt;b&gt;Compute-optimal:&lt;/b&gt; %1 parameters on %2 tokens (%3 tokens per parameter), loss %4 nats/token</source>
        <extracomment>Compute-optimal answer: parameters, training tokens, tokens per parameter, loss.</extracomment>
        <translation>&lt;b&gt;Recheneffizient:&lt;/b&gt; %1 Parameter auf %2 Tokens (%3 Tokens pro Parameter), Loss %4 nats/Token</translation>
    </message>
    <message>
        <location filename="../ui/panels/planner_panel.cpp" line="36"/>
        <source>&lt;b&gt;Inference-aware:&lt;/b&gt; %1 parameters on %2 tokens; Chinchilla at the same loss: %3 parameters</source>
        <translation>&lt;b&gt;Inferenzbewusst:&lt;/b&gt; %1 Parameter auf %2 Tokens; Chinchilla beim gleichen Loss: %3 Parameter</translation>
    </message>
    <message>
        <location filename="../ui/panels/planner_panel.cpp" line="42"/>
        <source>&amp;nbsp;&amp;nbsp;lifetime cost %1 (training %2, inference %3)</source>
        <extracomment>Inference-aware answer in dollars: %1 lifetime cost, %2 training, %3 inference.</extracomment>
        <translation>&amp;nbsp;&amp;nbsp;Kosten über die Lebensdauer %1 (Training %2, Inferenz %3)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/planner_panel.cpp" line="49"/>
        <source>&lt;b&gt;Train-to-test:&lt;/b&gt; %1 parameters on %2 tokens, %n sample(s) per query, pass@k %3%</source>
        <translation>
            <numerusform>&lt;b&gt;Train-to-Test:&lt;/b&gt; %1 Parameter auf %2 Tokens, %n Stichprobe pro Anfrage, pass@k %3 %</numerusform>
            <numerusform>&lt;b&gt;Train-to-Test:&lt;/b&gt; %1 Parameter auf %2 Tokens, %n Stichproben pro Anfrage, pass@k %3 %</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/planner_panel.cpp" line="56"/>
        <source>&amp;nbsp;&amp;nbsp;training %1, inference %2</source>
        <extracomment>Train-to-test answer in dollars: %1 training cost, %2 inference cost.</extracomment>
        <translation>&amp;nbsp;&amp;nbsp;Training %1, Inferenz %2</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="29"/>
        <location filename="../ui/preferences_dialog.cpp" line="122"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="32"/>
        <source>System</source>
        <extracomment>Language choice: use the language of the operating system.</extracomment>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="42"/>
        <source> s</source>
        <extracomment>Unit after the autosave interval, in seconds.</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="44"/>
        <source>How often an unsaved scenario is written to the autosave folder, for recovery after a crash</source>
        <translation>Wie oft ein ungespeichertes Szenario in den Ordner für automatische Sicherungen geschrieben wird, zur Wiederherstellung nach einem Absturz</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="50"/>
        <source> months</source>
        <extracomment>Unit after the number of months in &quot;Mark prices older than … months&quot;.</extracomment>
        <translation> Monate</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="52"/>
        <source>A price read longer ago than this is marked in the price table, in chart tooltips and in the memo</source>
        <translation>Ein Preis, der vor längerer Zeit gelesen wurde, wird in der Preistabelle, in Diagramm-Tooltips und im Memo markiert</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="63"/>
        <source>The currency money is shown in (ISO 4217 code). Prices and costs stay stored in US dollars.</source>
        <translation>Die Währung, in der Geldbeträge angezeigt werden (ISO-4217-Code). Preise und Kosten bleiben in US-Dollar gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="69"/>
        <source>Units of the display currency for one US dollar</source>
        <translation>Einheiten der Anzeigewährung für einen US-Dollar</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="74"/>
        <source>The day the exchange rate was read; the memo states it</source>
        <translation>Der Tag, an dem der Wechselkurs abgelesen wurde; das Memo nennt ihn</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="78"/>
        <source>The language changes the next time PerToken starts.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von PerToken.</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="85"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="87"/>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Automatisch sichern alle:</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="88"/>
        <source>&amp;Mark prices older than:</source>
        <translation>Preise &amp;markieren, wenn älter als:</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="89"/>
        <source>Display &amp;currency:</source>
        <translation>Anzeige&amp;währung:</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="91"/>
        <source>&amp;Rate per US dollar:</source>
        <extracomment>Exchange rate: how many units of the display currency one US dollar buys.</extracomment>
        <translation>&amp;Kurs pro US-Dollar:</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="92"/>
        <source>Rate &amp;date:</source>
        <translation>Kurs&amp;datum:</translation>
    </message>
    <message>
        <location filename="../ui/preferences_dialog.cpp" line="119"/>
        <source>Display currency</source>
        <translation>Anzeigewährung</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::PriceDownloader</name>
    <message>
        <location filename="../ui/catalog/price_downloader.cpp" line="52"/>
        <source>“%1” is not a web address: it must start with https:// or http://</source>
        <extracomment>%1 the address the user entered.</extracomment>
        <translation>„%1“ ist keine Webadresse: Sie muss mit https:// oder http:// beginnen</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_downloader.cpp" line="114"/>
        <source>The file is larger than %1 MB, more than any price list needs; the download was stopped.</source>
        <extracomment>%1 the size limit in megabytes.</extracomment>
        <translation>Die Datei ist größer als %1 MB, mehr als jede Preisliste braucht; der Download wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_downloader.cpp" line="119"/>
        <source>The download took longer than %1 s and was stopped.</source>
        <translation>Der Download dauerte länger als %1 s und wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_downloader.cpp" line="128"/>
        <source>The server sent nothing for %1 s; the download was stopped.</source>
        <translation>Der Server hat %1 s lang nichts gesendet; der Download wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_downloader.cpp" line="135"/>
        <source>The server answered HTTP %1 %2.</source>
        <extracomment>%1 HTTP status code, %2 its reason (&quot;Internal Server Error&quot;).</extracomment>
        <translation>Der Server antwortete mit HTTP %1 %2.</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_downloader.cpp" line="141"/>
        <source>The download failed: %1</source>
        <translation>Der Download ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_downloader.cpp" line="150"/>
        <source>The connection closed after %1 of %2 bytes; the file is incomplete.</source>
        <extracomment>%1 bytes received, %2 bytes the server announced.</extracomment>
        <translation>Die Verbindung wurde nach %1 von %2 Bytes geschlossen; die Datei ist unvollständig.</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::PriceUpdateDialog</name>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="29"/>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="31"/>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="33"/>
        <source>cached input</source>
        <translation>gecachte Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="35"/>
        <source>long-context input</source>
        <translation>Eingabe mit langem Kontext</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="37"/>
        <source>long-context output</source>
        <translation>Ausgabe mit langem Kontext</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="41"/>
        <source>long-context cached input</source>
        <translation>gecachte Eingabe mit langem Kontext</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="48"/>
        <source>not offered</source>
        <translation>nicht angeboten</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="50"/>
        <source>$%1 per M tokens</source>
        <extracomment>%1 a price in US dollars per million tokens.</extracomment>
        <translation>%1 $ pro Mio. Tokens</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="57"/>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="312"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="81"/>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="82"/>
        <source>&amp;Cancel download</source>
        <translation>Download &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="83"/>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="88"/>
        <source>Update prices</source>
        <translation>Preise aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="90"/>
        <source>Where LiteLLM&apos;s model_prices_and_context_window.json is downloaded from. Nothing is downloaded until you press Download.</source>
        <translation>Woher LiteLLMs model_prices_and_context_window.json geladen wird. Es wird nichts heruntergeladen, bis Sie auf Herunterladen drücken.</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="95"/>
        <source>Replace the price catalog by the one listed here; the current one is kept and can be restored</source>
        <translation>Den Preiskatalog durch den hier aufgeführten ersetzen; der aktuelle wird aufbewahrt und kann wiederhergestellt werden</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="101"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="101"/>
        <source>Rate</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="101"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="101"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="115"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="125"/>
        <source>Press Download to fetch the current price list. Nothing changes until you press Apply.</source>
        <translation>Drücken Sie Herunterladen, um die aktuelle Preisliste zu holen. Bis Sie Übernehmen drücken, ändert sich nichts.</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="145"/>
        <source>Nothing changed. %1</source>
        <translation>Nichts wurde geändert. %1</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="150"/>
        <source>Download cancelled; nothing changed.</source>
        <translation>Download abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="211"/>
        <source>The price catalog in use cannot be read: %1</source>
        <translation>Der verwendete Preiskatalog lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="218"/>
        <source>Downloading %1 …</source>
        <translation>%1 wird heruntergeladen …</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="236"/>
        <source>Nothing changed: the file is not LiteLLM&apos;s price list, which is a JSON object keyed by model name; it starts with “%1”.</source>
        <extracomment>%1 the start of what the server sent.</extracomment>
        <translation>Nichts wurde geändert: Die Datei ist nicht LiteLLMs Preisliste, ein JSON-Objekt mit Modellnamen als Schlüsseln; sie beginnt mit „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="248"/>
        <source>Nothing changed: the downloaded file was refused: %1</source>
        <translation>Nichts wurde geändert: Die heruntergeladene Datei wurde abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="255"/>
        <source>Nothing changed: %1 is a PerToken price catalog, not LiteLLM&apos;s price list; use Import price file… for it.</source>
        <translation>Nichts wurde geändert: %1 ist ein PerToken-Preiskatalog, nicht LiteLLMs Preisliste; verwenden Sie dafür „Preisdatei importieren…“.</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="267"/>
        <source>%1 added, %2 removed, %3 prices up, %4 prices down; %5 entries unchanged. %6 entries of the file were malformed and left out.</source>
        <extracomment>%1 … %5 counts of entries and rates; %6 entries the file left out as malformed.</extracomment>
        <translation>%1 hinzugefügt, %2 entfernt, %3 Preise gestiegen, %4 Preise gesunken; %5 Einträge unverändert. %6 Einträge der Datei waren fehlerhaft und wurden ausgelassen.</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="275"/>
        <source>Nothing to apply.</source>
        <translation>Nichts zu übernehmen.</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="276"/>
        <source>Press Apply to use these prices.</source>
        <translation>Drücken Sie Übernehmen, um diese Preise zu verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="298"/>
        <source>input %1, output %2</source>
        <extracomment>%1 input price, %2 output price, both already with their unit.</extracomment>
        <translation>Eingabe %1, Ausgabe %2</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="319"/>
        <source>Prices up (%1)</source>
        <translation>Preise gestiegen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="320"/>
        <source>Prices down (%1)</source>
        <translation>Preise gesunken (%1)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="321"/>
        <source>Newly offered rates (%1)</source>
        <translation>Neu angebotene Tarife (%1)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="322"/>
        <source>Rates no longer offered (%1)</source>
        <translation>Nicht mehr angebotene Tarife (%1)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="323"/>
        <source>Removed (%1)</source>
        <translation>Entfernt (%1)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="324"/>
        <source>Added (%1)</source>
        <translation>Hinzugefügt (%1)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="331"/>
        <source>Nothing to apply: download the price list first.</source>
        <translation>Nichts zu übernehmen: Laden Sie zuerst die Preisliste herunter.</translation>
    </message>
    <message>
        <location filename="../ui/catalog/price_update_dialog.cpp" line="336"/>
        <source>Nothing changed: %1</source>
        <translation>Nichts wurde geändert: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/catalog/price_update_dialog.cpp" line="340"/>
        <source>Applied: %n entries in the price catalog. Restore previous prices brings the old ones back.</source>
        <translation>
            <numerusform>Übernommen: %n Eintrag im Preiskatalog. „Vorherige Preise wiederherstellen“ holt die alten zurück.</numerusform>
            <numerusform>Übernommen: %n Einträge im Preiskatalog. „Vorherige Preise wiederherstellen“ holt die alten zurück.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pertoken::ui::QualityScores</name>
    <message>
        <location filename="../ui/catalog/editor_fields.cpp" line="48"/>
        <source>HumanEval | 72.6 | https://… model card | 2026-12-05</source>
        <translation>HumanEval | 72.6 | https://… Modellkarte | 2026-12-05</translation>
    </message>
    <message>
        <location filename="../ui/catalog/editor_fields.cpp" line="50"/>
        <source>Published benchmark scores, one a line: benchmark | percent of tasks solved in one attempt | source URL | date read (YYYY-MM-DD)</source>
        <translation>Veröffentlichte Benchmark-Ergebnisse, eines je Zeile: Benchmark | Prozent der im ersten Versuch gelösten Aufgaben | Quellen-URL | Lesedatum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location filename="../ui/catalog/editor_fields.cpp" line="56"/>
        <source>Quality scores</source>
        <translation>Qualitätswerte</translation>
    </message>
    <message>
        <location filename="../ui/catalog/editor_fields.cpp" line="75"/>
        <source>Quality scores, line %1: expected &quot;benchmark | percent solved | source | YYYY-MM-DD&quot;</source>
        <extracomment>%1 the line number in the quality scores field.</extracomment>
        <translation>Qualitätswerte, Zeile %1: erwartet „Benchmark | Prozent gelöst | Quelle | JJJJ-MM-TT“</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::ScenarioDocument</name>
    <message>
        <location filename="../ui/scenario_document.cpp" line="29"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::ScenarioPropertiesDialog</name>
    <message>
        <location filename="../ui/scenario_properties_dialog.cpp" line="24"/>
        <source>Uncertainty bands include the throughput &amp;model&apos;s error</source>
        <extracomment>Check box in Scenario Properties.</extracomment>
        <translation>Unsicherheitsbänder enthalten den Fehler des Durchsatz&amp;modells</translation>
    </message>
    <message>
        <location filename="../ui/scenario_properties_dialog.cpp" line="27"/>
        <source>Scenario Properties</source>
        <translation>Szenario-Eigenschaften</translation>
    </message>
    <message>
        <location filename="../ui/scenario_properties_dialog.cpp" line="32"/>
        <source>Empty: the memo asks the cheapest way to serve the workload</source>
        <translation>Leer: Das Memo fragt nach dem günstigsten Weg, die Arbeitslast zu bedienen</translation>
    </message>
    <message>
        <location filename="../ui/scenario_properties_dialog.cpp" line="41"/>
        <source>Each Monte Carlo sample also multiplies an estimated throughput by a factor drawn so that 90% of draws fall within the option&apos;s published error band</source>
        <translation>Jede Monte-Carlo-Stichprobe multipliziert einen geschätzten Durchsatz zusätzlich mit einem Faktor, der so gezogen wird, dass 90 % der Ziehungen im veröffentlichten Fehlerband der Option liegen</translation>
    </message>
    <message>
        <location filename="../ui/scenario_properties_dialog.cpp" line="46"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/scenario_properties_dialog.cpp" line="47"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location filename="../ui/scenario_properties_dialog.cpp" line="49"/>
        <source>Memo &amp;question:</source>
        <extracomment>The question the decision memo answers; it is also the memo&apos;s title.</extracomment>
        <translation>Memo-&amp;Frage:</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::SensitivityChart</name>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="48"/>
        <source>Input −20%</source>
        <translation>Eingabe −20 %</translation>
    </message>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="49"/>
        <source>Input +20%</source>
        <translation>Eingabe +20 %</translation>
    </message>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="101"/>
        <source>%1: change in cost (%)</source>
        <extracomment>Tornado axis title: the option whose cost per million tokens changes.</extracomment>
        <translation>%1: Kostenänderung (%)</translation>
    </message>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="102"/>
        <source>%1: change in USD per million tokens</source>
        <translation>%1: Änderung in USD pro Million Tokens</translation>
    </message>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="105"/>
        <source>Change in cost (%)</source>
        <translation>Kostenänderung (%)</translation>
    </message>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="107"/>
        <source>Change in %1/M tokens</source>
        <translation>Änderung in %1/Mio. Tokens</translation>
    </message>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="120"/>
        <source>Base cost</source>
        <translation>Basiskosten</translation>
    </message>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="138"/>
        <source>Sensitivity of cost per million tokens to each input (±20%)</source>
        <translation>Sensitivität der Kosten pro Mio. Tokens je Eingabe (±20 %)</translation>
    </message>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="191"/>
        <source>%1 (%2)</source>
        <extracomment>Tornado row: parameter label and its unit (&quot;GPU rental price (USD/GPU-h)&quot;).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="193"/>
        <source>%1: %2</source>
        <extracomment>Tornado tooltip heading: parameter label, its value and unit.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="194"/>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="227"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="228"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="229"/>
        <source>Base value</source>
        <translation>Basiswert</translation>
    </message>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="230"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="231"/>
        <source>Base cost (USD per million tokens)</source>
        <translation>Basiskosten (USD pro Million Tokens)</translation>
    </message>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="232"/>
        <source>Cost at −20% (USD per million tokens)</source>
        <translation>Kosten bei −20 % (USD pro Million Tokens)</translation>
    </message>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="233"/>
        <source>Cost at +20% (USD per million tokens)</source>
        <translation>Kosten bei +20 % (USD pro Million Tokens)</translation>
    </message>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="268"/>
        <source>No sensitivity results: no enabled option can serve this workload.</source>
        <translation>Keine Sensitivitätsergebnisse: Keine aktivierte Option kann diese Arbeitslast bedienen.</translation>
    </message>
    <message>
        <location filename="../ui/charts/sensitivity_chart.cpp" line="289"/>
        <source>%1
Input −20%: %2 per million tokens
Input +20%: %3 per million tokens
%4 now: %5 per million tokens</source>
        <extracomment>Tornado tooltip: input, the option&apos;s cost with the input at −20% and +20%, and the base.</extracomment>
        <translation>%1
Eingabe −20 %: %2 pro Million Tokens
Eingabe +20 %: %3 pro Million Tokens
%4 jetzt: %5 pro Million Tokens</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::SolvedTaskChart</name>
    <message>
        <location filename="../ui/charts/solved_task_chart.cpp" line="29"/>
        <source>%1%</source>
        <extracomment>A share of tasks solved, in percent.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/charts/solved_task_chart.cpp" line="48"/>
        <source>%1 (short of the share)</source>
        <extracomment>Category label of an option that solves less than the task&apos;s least share at any number of samples allowed.</extracomment>
        <translation>%1 (unter dem Anteil)</translation>
    </message>
    <message>
        <location filename="../ui/charts/solved_task_chart.cpp" line="53"/>
        <source>One sample per task</source>
        <translation>Eine Stichprobe je Aufgabe</translation>
    </message>
    <message>
        <location filename="../ui/charts/solved_task_chart.cpp" line="54"/>
        <source>Best number of samples</source>
        <translation>Beste Anzahl Stichproben</translation>
    </message>
    <message>
        <location filename="../ui/charts/solved_task_chart.cpp" line="95"/>
        <source>USD per solved task</source>
        <translation>USD je gelöster Aufgabe</translation>
    </message>
    <message>
        <location filename="../ui/charts/solved_task_chart.cpp" line="97"/>
        <source>%1/solved task</source>
        <extracomment>Short axis title where the long one does not fit; %1 a currency code.</extracomment>
        <translation>%1/gelöster Aufgabe</translation>
    </message>
    <message>
        <location filename="../ui/charts/solved_task_chart.cpp" line="116"/>
        <source>Cost per solved task</source>
        <translation>Kosten je gelöster Aufgabe</translation>
    </message>
    <message>
        <location filename="../ui/charts/solved_task_chart.cpp" line="121"/>
        <source>No option has a success rate for this scenario&apos;s task.
Name a benchmark the options&apos; models have published scores for, or enter measured success rates, in Scenario ▸ Task.</source>
        <translation>Keine Option hat eine Erfolgsquote für die Aufgabe dieses Szenarios.
Nennen Sie unter Szenario ▸ Aufgabe einen Benchmark, für den die Modelle der Optionen veröffentlichte Werte haben, oder geben Sie gemessene Erfolgsquoten ein.</translation>
    </message>
    <message>
        <location filename="../ui/charts/solved_task_chart.cpp" line="167"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../ui/charts/solved_task_chart.cpp" line="168"/>
        <source>USD per attempt</source>
        <translation>USD je Versuch</translation>
    </message>
    <message>
        <location filename="../ui/charts/solved_task_chart.cpp" line="169"/>
        <source>Solved in one sample (fraction)</source>
        <translation>In einer Stichprobe gelöst (Anteil)</translation>
    </message>
    <message>
        <location filename="../ui/charts/solved_task_chart.cpp" line="170"/>
        <source>USD per solved task, one sample</source>
        <translation>USD je gelöster Aufgabe, eine Stichprobe</translation>
    </message>
    <message>
        <location filename="../ui/charts/solved_task_chart.cpp" line="171"/>
        <source>Best samples per task</source>
        <translation>Beste Stichproben je Aufgabe</translation>
    </message>
    <message>
        <location filename="../ui/charts/solved_task_chart.cpp" line="172"/>
        <source>Solved at best samples (fraction)</source>
        <translation>Bei besten Stichproben gelöst (Anteil)</translation>
    </message>
    <message>
        <location filename="../ui/charts/solved_task_chart.cpp" line="173"/>
        <source>USD per solved task, best samples</source>
        <translation>USD je gelöster Aufgabe, beste Stichproben</translation>
    </message>
    <message>
        <location filename="../ui/charts/solved_task_chart.cpp" line="204"/>
        <source>%1
%2 per attempt, %3 solved in one sample: %4 per solved task
%5 samples: %6 solved, %7 per solved task</source>
        <extracomment>Cost per solved task tooltip: option, cost per attempt, share solved in one sample, cost per solved task with one sample, best number of samples, share solved with them, cost.</extracomment>
        <translation>%1
%2 je Versuch, %3 in einer Stichprobe gelöst: %4 je gelöster Aufgabe
%5 Stichproben: %6 gelöst, %7 je gelöster Aufgabe</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::StatusLine</name>
    <message>
        <location filename="../ui/panels/status_line.cpp" line="61"/>
        <source>evaluated in %1 ms</source>
        <translation>ausgewertet in %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/panels/status_line.cpp" line="64"/>
        <source>autosave failed</source>
        <translation>automatische Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/panels/status_line.cpp" line="66"/>
        <source>autosaved %1</source>
        <translation>automatisch gesichert %1</translation>
    </message>
    <message>
        <location filename="../ui/panels/status_line.cpp" line="69"/>
        <source>scenario: %1%2</source>
        <extracomment>The scenario&apos;s file name; %2 is &quot;*&quot; while it has unsaved changes.</extracomment>
        <translation>Szenario: %1%2</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::SummaryPanel</name>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="33"/>
        <source>list price</source>
        <translation>Listenpreis</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="36"/>
        <source>measured</source>
        <translation>gemessen</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="39"/>
        <source>calibrated</source>
        <extracomment>Basis of an estimate: the roofline over this machine&apos;s measured bandwidth and compute.</extracomment>
        <translation>kalibriert</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="43"/>
        <source>roofline</source>
        <translation>Roofline</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="49"/>
        <source>left out of the comparison</source>
        <translation>aus dem Vergleich genommen</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="54"/>
        <source>misses the time-to-first-token target</source>
        <translation>verfehlt den Zielwert für die Zeit bis zum ersten Token</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="56"/>
        <source>misses the time-per-token target</source>
        <translation>verfehlt den Zielwert für die Zeit pro Token</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="59"/>
        <source>throughput ±%1% (90% of %2 published cases)</source>
        <extracomment>Error band of an estimated throughput: %1 percent, %2 published cases of its class.</extracomment>
        <translation>Durchsatz ±%1 % (90 % von %2 veröffentlichten Fällen)</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="65"/>
        <source>%1% busy; usage-based %2</source>
        <extracomment>%1 share of provisioned time spent serving, %2 cost per million tokens when paying only for busy hours.</extracomment>
        <translation>%1 % ausgelastet; nutzungsbasiert %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="69"/>
        <source>; </source>
        <extracomment>Separates the notes about one option (&quot;misses the time-per-token target; 16% busy&quot;).</extracomment>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="76"/>
        <source>peak concurrency in proportion to volume</source>
        <translation>Spitzenlast proportional zum Volumen</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="78"/>
        <source>peak concurrency fixed at %1 requests</source>
        <extracomment>%1 the workload&apos;s peak concurrent requests.</extracomment>
        <translation>Spitzenlast fest bei %1 Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="149"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="149"/>
        <source>$ / M tokens</source>
        <translation>$ / Mio. Tokens</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="149"/>
        <location filename="../ui/panels/summary_panel.cpp" line="153"/>
        <source>$ / month</source>
        <translation>$ / Monat</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="149"/>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="150"/>
        <source>Output tok/s</source>
        <translation>Ausgabe-Tok./s</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="150"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="153"/>
        <source>Break-even between</source>
        <translation>Break-even zwischen</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="153"/>
        <source>Tokens/month</source>
        <translation>Tokens/Monat</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="167"/>
        <source>Cost of each option</source>
        <translation>Kosten jeder Option</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="168"/>
        <source>Break-even volumes</source>
        <translation>Break-even-Volumen</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="175"/>
        <source>Cheapest</source>
        <translation>Am günstigsten</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="176"/>
        <source>Break-even</source>
        <translation>Break-even</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="177"/>
        <source>Workload</source>
        <translation>Arbeitslast</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="233"/>
        <source>%1, %2 — cheapest, misses targets</source>
        <translation>%1, %2 — am günstigsten, verfehlt Ziele</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="235"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="237"/>
        <location filename="../ui/panels/summary_panel.cpp" line="266"/>
        <location filename="../ui/panels/summary_panel.cpp" line="348"/>
        <source>none</source>
        <extracomment>Break-even volume of a pair where one option misses a latency target.</extracomment>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="238"/>
        <source>No enabled option can serve this workload.</source>
        <translation>Keine aktivierte Option kann diese Arbeitslast bedienen.</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="246"/>
        <source>per solved task: %1, %2</source>
        <extracomment>Added to the Cheapest card: %1 the option&apos;s name, %2 its cost per solved task.</extracomment>
        <translation>je gelöster Aufgabe: %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="260"/>
        <location filename="../ui/panels/summary_panel.cpp" line="344"/>
        <source>%1 vs %2</source>
        <extracomment>%1 and %2 are the two options whose monthly costs cross at this volume.</extracomment>
        <translation>%1 vs. %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="263"/>
        <source>Each costs %1 at that volume; %2</source>
        <extracomment>%1 both options&apos; monthly cost at the break-even volume, %2 the rule it follows.</extracomment>
        <translation>Jede kostet bei diesem Volumen %1; %2</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="268"/>
        <source>The cheapest option stays cheapest from 1 K to 1,000 T tokens/month.</source>
        <translation>Die günstigste Option bleibt von 1 Tsd. bis 1.000 Bio. Tokens/Monat die günstigste.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/panels/summary_panel.cpp" line="274"/>
        <source>%1 of %n options meet the latency targets</source>
        <extracomment>%1 options that can serve the workload within its latency targets, %n enabled options.</extracomment>
        <translation>
            <numerusform>%1 von %n Option erfüllt die Latenzziele</numerusform>
            <numerusform>%1 von %n Optionen erfüllen die Latenzziele</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="326"/>
        <source>As volume varies: %1.</source>
        <extracomment>Under the break-even table: %1 what break-even volumes hold fixed as volume varies.</extracomment>
        <translation>Bei wechselndem Volumen: %1.</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="349"/>
        <source>No break-even where both can serve: one of the two misses a latency target.</source>
        <translation>Kein Break-even, wo beide bedienen können: eine der beiden verfehlt ein Latenzziel.</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="388"/>
        <source>%1 / M tokens</source>
        <extracomment>Column title: %1 the currency symbol (&quot;$&quot;, &quot;€&quot;).</extracomment>
        <translation>%1 / Mio. Tokens</translation>
    </message>
    <message>
        <location filename="../ui/panels/summary_panel.cpp" line="390"/>
        <source>%1 / month</source>
        <extracomment>Column title: %1 the currency symbol (&quot;$&quot;, &quot;€&quot;).</extracomment>
        <translation>%1 / Monat</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::TaskDialog</name>
    <message>
        <location filename="../ui/panels/task_dialog.cpp" line="50"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../ui/panels/task_dialog.cpp" line="55"/>
        <source>Compare options per task solved: cost per attempt ÷ share of tasks solved, and with several samples per task, k × (cost per attempt + check) ÷ pass@k.</source>
        <translation>Optionen je gelöster Aufgabe vergleichen: Kosten je Versuch ÷ Anteil gelöster Aufgaben, und mit mehreren Stichproben je Aufgabe k × (Kosten je Versuch + Prüfung) ÷ pass@k.</translation>
    </message>
    <message>
        <location filename="../ui/panels/task_dialog.cpp" line="71"/>
        <source>one request of the workload</source>
        <translation>eine Anfrage der Arbeitslast</translation>
    </message>
    <message>
        <location filename="../ui/panels/task_dialog.cpp" line="91"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/panels/task_dialog.cpp" line="95"/>
        <source>Benchmark:</source>
        <translation>Benchmark:</translation>
    </message>
    <message>
        <location filename="../ui/panels/task_dialog.cpp" line="96"/>
        <source>Tokens per attempt:</source>
        <translation>Token je Versuch:</translation>
    </message>
    <message>
        <location filename="../ui/panels/task_dialog.cpp" line="97"/>
        <source>Check per extra sample (USD):</source>
        <translation>Prüfung je weiterer Stichprobe (USD):</translation>
    </message>
    <message>
        <location filename="../ui/panels/task_dialog.cpp" line="98"/>
        <source>Most samples per task:</source>
        <translation>Höchstens Stichproben je Aufgabe:</translation>
    </message>
    <message>
        <location filename="../ui/panels/task_dialog.cpp" line="99"/>
        <source>Least share of tasks solved:</source>
        <translation>Mindestanteil gelöster Aufgaben:</translation>
    </message>
    <message>
        <location filename="../ui/panels/task_dialog.cpp" line="101"/>
        <source>Measured success rates (take the place of the benchmark&apos;s score)</source>
        <translation>Gemessene Erfolgsquoten (ersetzen den Benchmark-Wert)</translation>
    </message>
    <message>
        <location filename="../ui/panels/task_dialog.cpp" line="111"/>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <location filename="../ui/panels/task_dialog.cpp" line="119"/>
        <source>what was measured, when</source>
        <translation>was gemessen wurde, wann</translation>
    </message>
    <message>
        <location filename="../ui/panels/task_dialog.cpp" line="122"/>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location filename="../ui/panels/task_dialog.cpp" line="159"/>
        <source>Say where the measured success rates come from (what was measured, when) in Source.</source>
        <translation>Geben Sie unter Quelle an, woher die gemessenen Erfolgsquoten stammen (was gemessen wurde, wann).</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::ThroughputChart</name>
    <message>
        <location filename="../ui/charts/throughput_chart.cpp" line="25"/>
        <source>Batch size (sequences) · dashed: memory limit</source>
        <translation>Batch (Sequenzen) · gestrichelt: Speichergrenze</translation>
    </message>
    <message>
        <location filename="../ui/charts/throughput_chart.cpp" line="27"/>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <location filename="../ui/charts/throughput_chart.cpp" line="31"/>
        <source>Tokens/s (solid)</source>
        <translation>Tokens/s (durchgezogen)</translation>
    </message>
    <message>
        <location filename="../ui/charts/throughput_chart.cpp" line="31"/>
        <source>Tokens/s</source>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <location filename="../ui/charts/throughput_chart.cpp" line="34"/>
        <source>ms per token (dotted)</source>
        <translation>ms pro Token (gepunktet)</translation>
    </message>
    <message>
        <location filename="../ui/charts/throughput_chart.cpp" line="34"/>
        <source>ms/token</source>
        <translation>ms/Token</translation>
    </message>
    <message>
        <location filename="../ui/charts/throughput_chart.cpp" line="76"/>
        <source>%1 · TPOT</source>
        <translation>%1 · TPOT</translation>
    </message>
    <message>
        <location filename="../ui/charts/throughput_chart.cpp" line="87"/>
        <source>%1 · memory limit (%2)</source>
        <translation>%1 · Speichergrenze (%2)</translation>
    </message>
    <message>
        <location filename="../ui/charts/throughput_chart.cpp" line="118"/>
        <source>Throughput and latency against batch size</source>
        <translation>Durchsatz und Latenz nach Batchgröße</translation>
    </message>
    <message>
        <location filename="../ui/charts/throughput_chart.cpp" line="196"/>
        <source>memory limit</source>
        <translation>Speichergrenze</translation>
    </message>
    <message>
        <location filename="../ui/charts/throughput_chart.cpp" line="198"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../ui/charts/throughput_chart.cpp" line="27"/>
        <location filename="../ui/charts/throughput_chart.cpp" line="199"/>
        <source>Batch size (sequences)</source>
        <extracomment>Short axis titles where the long ones do not fit.</extracomment>
        <translation>Batchgröße (Sequenzen)</translation>
    </message>
    <message>
        <location filename="../ui/charts/throughput_chart.cpp" line="200"/>
        <source>Output throughput (tokens/s)</source>
        <translation>Ausgabedurchsatz (Tokens/s)</translation>
    </message>
    <message>
        <location filename="../ui/charts/throughput_chart.cpp" line="201"/>
        <source>Time per output token (ms)</source>
        <translation>Zeit pro Ausgabe-Token (ms)</translation>
    </message>
    <message>
        <location filename="../ui/charts/throughput_chart.cpp" line="202"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location filename="../ui/charts/throughput_chart.cpp" line="212"/>
        <source>No self-hosted or on-device option whose model fits in memory is enabled.</source>
        <translation>Keine Option mit eigener Hardware oder auf dem Gerät, deren Modell in den Speicher passt, ist aktiviert.</translation>
    </message>
    <message>
        <location filename="../ui/charts/throughput_chart.cpp" line="231"/>
        <source>%1: memory limit at batch %2 (the KV cache of more sequences does not fit beside the weights)</source>
        <translation>%1: Speichergrenze bei Batch %2 (der KV-Cache weiterer Sequenzen passt nicht neben die Gewichte)</translation>
    </message>
    <message>
        <location filename="../ui/charts/throughput_chart.cpp" line="247"/>
        <source>%1 at batch %2
%3 tokens/s · TPOT %4 ms · TTFT %5 ms
%6</source>
        <extracomment>Tooltip on a throughput or latency line; the last line names the estimate&apos;s basis.</extracomment>
        <translation>%1 bei Batch %2
%3 Tokens/s · TPOT %4 ms · TTFT %5 ms
%6</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::UncertaintyChart</name>
    <message>
        <location filename="../ui/charts/uncertainty_chart.cpp" line="29"/>
        <source>P10 to P90, line at P50</source>
        <translation>P10 bis P90, Linie bei P50</translation>
    </message>
    <message>
        <location filename="../ui/charts/uncertainty_chart.cpp" line="88"/>
        <source>Box from P10 to P90, line at P50</source>
        <translation>Box von P10 bis P90, Linie bei P50</translation>
    </message>
    <message>
        <location filename="../ui/charts/uncertainty_chart.cpp" line="95"/>
        <source>USD per million tokens</source>
        <translation>USD pro Million Tokens</translation>
    </message>
    <message>
        <location filename="../ui/charts/uncertainty_chart.cpp" line="97"/>
        <source>%1/M tokens</source>
        <extracomment>Short axis title where the long one does not fit; %1 a currency code.</extracomment>
        <translation>%1/Mio. Tokens</translation>
    </message>
    <message>
        <location filename="../ui/charts/uncertainty_chart.cpp" line="116"/>
        <source>Cost per million tokens: P10, P50 and P90</source>
        <translation>Kosten pro Million Tokens: P10, P50 und P90</translation>
    </message>
    <message>
        <location filename="../ui/charts/uncertainty_chart.cpp" line="121"/>
        <source>No input ranges set in this scenario.
Give an input a low and a high value to see the P10, P50 and P90 of each option&apos;s cost per million tokens.</source>
        <translation>In diesem Szenario sind keine Eingabebereiche gesetzt.
Geben Sie einer Eingabe einen niedrigen und einen hohen Wert, um P10, P50 und P90 der Kosten pro Million Tokens jeder Option zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/charts/uncertainty_chart.cpp" line="165"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location filename="../ui/charts/uncertainty_chart.cpp" line="166"/>
        <source>P10 (USD per million tokens)</source>
        <translation>P10 (USD pro Million Tokens)</translation>
    </message>
    <message>
        <location filename="../ui/charts/uncertainty_chart.cpp" line="167"/>
        <source>P50 (USD per million tokens)</source>
        <translation>P50 (USD pro Million Tokens)</translation>
    </message>
    <message>
        <location filename="../ui/charts/uncertainty_chart.cpp" line="168"/>
        <source>P90 (USD per million tokens)</source>
        <translation>P90 (USD pro Million Tokens)</translation>
    </message>
    <message>
        <location filename="../ui/charts/uncertainty_chart.cpp" line="169"/>
        <source>Samples</source>
        <translation>Stichproben</translation>
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
P10: %2 pro Million Tokens
P50: %3 pro Million Tokens
P90: %4 pro Million Tokens
%5 Stichproben</translation>
    </message>
    <message>
        <location filename="../ui/charts/uncertainty_chart.cpp" line="203"/>
        <source>includes the throughput model&apos;s error (±%1%, 90% of published cases)</source>
        <extracomment>Uncertainty tooltip, second part: the throughput model&apos;s error band drawn too.</extracomment>
        <translation>enthält den Fehler des Durchsatzmodells (±%1 %, 90 % der veröffentlichten Fälle)</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::UserGuideWindow</name>
    <message>
        <location filename="../ui/help/user_guide_window.cpp" line="17"/>
        <source>PerToken User Guide</source>
        <translation>PerToken-Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../ui/help/user_guide_window.cpp" line="21"/>
        <source>This guide is in English; the program speaks your language.</source>
        <translation>Dieses Handbuch gibt es nur auf Englisch; das Programm selbst spricht Deutsch.</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::VolumeChart</name>
    <message>
        <location filename="../ui/charts/volume_chart.cpp" line="40"/>
        <source>Monthly volume (tokens per month)</source>
        <translation>Monatsvolumen (Tokens/Monat)</translation>
    </message>
    <message>
        <location filename="../ui/charts/volume_chart.cpp" line="42"/>
        <source>Tokens/month</source>
        <extracomment>Short axis title where the long one does not fit.</extracomment>
        <translation>Tokens/Monat</translation>
    </message>
    <message>
        <location filename="../ui/charts/volume_chart.cpp" line="46"/>
        <location filename="../ui/charts/volume_chart.cpp" line="218"/>
        <source>Monthly cost (USD per month)</source>
        <translation>Monatskosten (USD/Monat)</translation>
    </message>
    <message>
        <location filename="../ui/charts/volume_chart.cpp" line="48"/>
        <source>%1/month</source>
        <extracomment>Short axis title where the long one does not fit; %1 a currency code.</extracomment>
        <translation>%1/Monat</translation>
    </message>
    <message>
        <location filename="../ui/charts/volume_chart.cpp" line="97"/>
        <source>Break-even</source>
        <translation>Break-even</translation>
    </message>
    <message>
        <location filename="../ui/charts/volume_chart.cpp" line="113"/>
        <location filename="../ui/charts/volume_chart.cpp" line="215"/>
        <source>Your volume</source>
        <translation>Ihr Volumen</translation>
    </message>
    <message>
        <location filename="../ui/charts/volume_chart.cpp" line="135"/>
        <source>Monthly cost against monthly volume</source>
        <translation>Monatskosten nach Monatsvolumen</translation>
    </message>
    <message>
        <location filename="../ui/charts/volume_chart.cpp" line="165"/>
        <source>%1 (misses targets)</source>
        <extracomment>Legend entry of an option that misses the workload&apos;s latency targets.</extracomment>
        <translation>%1 (verfehlt Ziele)</translation>
    </message>
    <message>
        <location filename="../ui/charts/volume_chart.cpp" line="211"/>
        <source>Break-even: %1 = %2</source>
        <translation>Break-even: %1 = %2</translation>
    </message>
    <message>
        <location filename="../ui/charts/volume_chart.cpp" line="216"/>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <location filename="../ui/charts/volume_chart.cpp" line="217"/>
        <source>Volume (tokens per month)</source>
        <translation>Volumen (Tokens pro Monat)</translation>
    </message>
    <message>
        <location filename="../ui/charts/volume_chart.cpp" line="227"/>
        <source>No enabled option can serve this workload.</source>
        <translation>Keine aktivierte Option kann diese Arbeitslast bedienen.</translation>
    </message>
    <message>
        <location filename="../ui/charts/volume_chart.cpp" line="253"/>
        <source>%1 = %2 at %3 tokens/month, %4/month</source>
        <extracomment>Break-even tooltip: &quot;A = B at 41.2 M tokens/month, $12,300/month&quot;.</extracomment>
        <translation>%1 = %2 bei %3 Tokens/Monat, %4/Monat</translation>
    </message>
    <message>
        <location filename="../ui/charts/volume_chart.cpp" line="258"/>
        <source>Your volume: %1 tokens/month</source>
        <translation>Ihr Volumen: %1 Tokens/Monat</translation>
    </message>
    <message>
        <location filename="../ui/charts/volume_chart.cpp" line="272"/>
        <source>%1: %2/month at %3 tokens/month</source>
        <extracomment>Tooltip on a cost line: option, monthly cost, monthly volume.</extracomment>
        <translation>%1: %2/Monat bei %3 Tokens/Monat</translation>
    </message>
</context>
<context>
    <name>pertoken::ui::WorkloadPanel</name>
    <message>
        <location filename="../ui/panels/workload_panel.cpp" line="29"/>
        <source>Break-even: peak ∝ volume</source>
        <extracomment>What break-even volumes hold fixed as the monthly volume varies.</extracomment>
        <translation>Break-even: Spitze ∝ Volumen</translation>
    </message>
    <message>
        <location filename="../ui/panels/workload_panel.cpp" line="30"/>
        <source>Break-even: peak fixed</source>
        <translation>Break-even: Spitze fest</translation>
    </message>
    <message>
        <location filename="../ui/panels/workload_panel.cpp" line="31"/>
        <source>Break-even rule</source>
        <translation>Break-even-Regel</translation>
    </message>
    <message>
        <location filename="../ui/panels/workload_panel.cpp" line="33"/>
        <source>As break-even volumes vary the monthly volume, peak concurrency either grows with it or stays at the workload&apos;s peak concurrency</source>
        <translation>Wenn Break-even-Volumen das Monatsvolumen variieren, wächst die Spitzenlast entweder mit oder bleibt bei der Spitzenlast der Arbeitslast</translation>
    </message>
    <message>
        <location filename="../ui/panels/workload_panel.cpp" line="59"/>
        <source>Volume: %1 tokens/month</source>
        <extracomment>%1 is a token count with a magnitude suffix, e.g. &quot;1.2 B&quot;.</extracomment>
        <translation>Volumen: %1 Tokens/Monat</translation>
    </message>
</context>
</TS>
