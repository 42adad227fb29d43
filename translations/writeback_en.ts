<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConnectionDoctor</name>
    <message numerus="yes">
        <source>%n file(s) in %1</source>
        <translation>
            <numerusform>%n file in %1</numerusform>
            <numerusform>%n files in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DailySummary</name>
    <message numerus="yes">
        <source>Writeback Studio: %1, %n failed run(s)</source>
        <translation>
            <numerusform>Writeback Studio: %1, %n failed run</numerusform>
            <numerusform>Writeback Studio: %1, %n failed runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message numerus="yes">
        <source>%n file(s) could not be taken in: </source>
        <translation>
            <numerusform>%n file could not be taken in: </numerusform>
            <numerusform>%n files could not be taken in: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb</name>
    <message numerus="yes">
        <source>with %n warning(s)</source>
        <translation>
            <numerusform>with %n warning</numerusform>
            <numerusform>with %n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::JobRunner</name>
    <message numerus="yes">
        <source>%n message(s) could not be read and were kept aside (writeback-cli queue replay): </source>
        <translation>
            <numerusform>%n message could not be read and was kept aside (writeback-cli queue replay): </numerusform>
            <numerusform>%n messages could not be read and were kept aside (writeback-cli queue replay): </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ScheduleRule</name>
    <message numerus="yes">
        <source>Every %n hour(s) from %1</source>
        <translation>
            <numerusform>Every hour from %1</numerusform>
            <numerusform>Every %n hours from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s) at %1</source>
        <translation>
            <numerusform>Every day at %1</numerusform>
            <numerusform>Every %n days at %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::cli</name>
    <message numerus="yes">
        <source>%n file(s) in the read path.</source>
        <translation>
            <numerusform>%n file in the read path.</numerusform>
            <numerusform>%n files in the read path.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delivered %1: %n row(s)</source>
        <translation>
            <numerusform>Delivered %1: %n row</numerusform>
            <numerusform>Delivered %1: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s).</source>
        <translation>
            <numerusform>%n byte.</numerusform>
            <numerusform>%n bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These are the first rows the next run will send; it would send %n row(s).</source>
        <translation>
            <numerusform>This is the row the next run will send; it would send %n row.</numerusform>
            <numerusform>These are the first rows the next run will send; it would send %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %n record(s) marked deleted</source>
        <translation>
            <numerusform>  %n record marked deleted</numerusform>
            <numerusform>  %n records marked deleted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ui::AvailableFieldsModel</name>
    <message numerus="yes">
        <source>Remove %n column(s)</source>
        <translation>
            <numerusform>Remove %n column</numerusform>
            <numerusform>Remove %n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ui::ChooseDataStep</name>
    <message numerus="yes">
        <source>Add %n column(s)</source>
        <translation>
            <numerusform>Add %n column</numerusform>
            <numerusform>Add %n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n column(s)</source>
        <translation>
            <numerusform>Remove %n column</numerusform>
            <numerusform>Remove %n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n column(s) %1</source>
        <translation>
            <numerusform>Move %n column %1</numerusform>
            <numerusform>Move %n columns %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ui::ChosenColumnsModel</name>
    <message numerus="yes">
        <source>Move %n column(s)</source>
        <translation>
            <numerusform>Move %n column</numerusform>
            <numerusform>Move %n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n column(s)</source>
        <translation>
            <numerusform>Add %n column</numerusform>
            <numerusform>Add %n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ui::DataPage</name>
    <message numerus="yes">
        <source>Taking in %n file(s)…</source>
        <translation>
            <numerusform>Taking in %n file…</numerusform>
            <numerusform>Taking in %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s) on the server.</source>
        <translation>
            <numerusform>%1: %n file on the server.</numerusform>
            <numerusform>%1: %n files on the server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) taken in</source>
        <translation>
            <numerusform>%n file taken in</numerusform>
            <numerusform>%n files taken in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped as already taken in</source>
        <translation>
            <numerusform>%n skipped as already taken in</numerusform>
            <numerusform>%n skipped as already taken in</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n row(s), table %2</source>
        <translation>
            <numerusform>%1 — %n row, table %2</numerusform>
            <numerusform>%1 — %n rows, table %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ui::DatasetListModel</name>
    <message numerus="yes">
        <source>%1: %n field(s), table %2</source>
        <translation>
            <numerusform>%1: %n field, table %2</numerusform>
            <numerusform>%1: %n fields, table %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ui::ExportDesigner</name>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving — &lt;a href=&quot;summary&quot;&gt;see the summary&lt;/a&gt;.</source>
        <translation>
            <numerusform>%n problem to fix before saving — &lt;a href=&quot;summary&quot;&gt;see the summary&lt;/a&gt;.</numerusform>
            <numerusform>%n problems to fix before saving — &lt;a href=&quot;summary&quot;&gt;see the summary&lt;/a&gt;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ui::ExportListModel</name>
    <message numerus="yes">
        <source>%Ln row(s) sent · %1</source>
        <translation>
            <numerusform>%Ln row sent · %1</numerusform>
            <numerusform>%Ln rows sent · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ui::ExportsPage</name>
    <message numerus="yes">
        <source>“%1” sent %Ln row(s) in %2 (%3) to %4.</source>
        <translation>
            <numerusform>“%1” sent %Ln row in %2 (%3) to %4.</numerusform>
            <numerusform>“%1” sent %Ln rows in %2 (%3) to %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ui::GeneralStep</name>
    <message numerus="yes">
        <source>%1 — %Ln row(s)</source>
        <translation>
            <numerusform>%1 — %Ln row</numerusform>
            <numerusform>%1 — %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n field(s)</source>
        <translation>
            <numerusform>%1: %n field</numerusform>
            <numerusform>%1: %n fields</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ui::ImportPreviewDialog</name>
    <message numerus="yes">
        <source>&amp;Preview: the first %n row(s)</source>
        <translation>
            <numerusform>&amp;Preview: the first %n row</numerusform>
            <numerusform>&amp;Preview: the first %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ui::IntakeRuleDialog</name>
    <message numerus="yes">
        <source>level(s) down</source>
        <translation>
            <numerusform>level down</numerusform>
            <numerusform>levels down</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ui::IntakeRuleList</name>
    <message numerus="yes">
        <source>(subfolders: %n level(s) down)</source>
        <translation>
            <numerusform>(subfolders: %n level down)</numerusform>
            <numerusform>(subfolders: %n levels down)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ui::PreviewPane</name>
    <message numerus="yes">
        <source>Nothing new for the next run: these are the dataset&apos;s latest %Ln row(s).</source>
        <translation>
            <numerusform>Nothing new for the next run: this is the dataset&apos;s latest row.</numerusform>
            <numerusform>Nothing new for the next run: these are the dataset&apos;s latest %Ln rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next run: %Ln row(s), all shown.</source>
        <translation>
            <numerusform>Next run: %Ln row, shown.</numerusform>
            <numerusform>Next run: %Ln rows, all shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next run: %1 rows — first %Ln shown.</source>
        <translation>
            <numerusform>Next run: %1 rows — first %Ln shown.</numerusform>
            <numerusform>Next run: %1 rows — first %Ln shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ui::RunsChart</name>
    <message numerus="yes">
        <source>%1 rows in %n run(s)</source>
        <translation>
            <numerusform>%1 rows in %n run</numerusform>
            <numerusform>%1 rows in %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ui::RunsModel</name>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n more)</numerusform>
            <numerusform>%1 (+%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ui::RunsPage</name>
    <message numerus="yes">
        <source>%1 ran again: %n row(s) in %2.</source>
        <translation>
            <numerusform>%1 ran again: %n row in %2.</numerusform>
            <numerusform>%1 ran again: %n rows in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 ran again: %n row(s) taken in.</source>
        <translation>
            <numerusform>%1 ran again: %n row taken in.</numerusform>
            <numerusform>%1 ran again: %n rows taken in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ui::ScheduleEditor</name>
    <message numerus="yes">
        <source> hour(s)</source>
        <translation>
            <numerusform> hour</numerusform>
            <numerusform> hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ui::SummaryStep</name>
    <message numerus="yes">
        <source>%Ln row(s) now</source>
        <translation>
            <numerusform>%Ln row now</numerusform>
            <numerusform>%Ln rows now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file has %n column(s), in this order: %1.</source>
        <translation>
            <numerusform>The file has %n column: %1.</numerusform>
            <numerusform>The file has %n columns, in this order: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ui::TrayIcon</name>
    <message numerus="yes">
        <source>%n scheduled run(s) failed</source>
        <translation>
            <numerusform>%n scheduled run failed</numerusform>
            <numerusform>%n scheduled runs failed</numerusform>
        </translation>
    </message>
</context>
</TS>
