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
    <name>wb::ui::ImportPreviewDialog</name>
    <message numerus="yes">
        <source>&amp;Preview: the first %n row(s)</source>
        <translation>
            <numerusform>&amp;Preview: the first %n row</numerusform>
            <numerusform>&amp;Preview: the first %n rows</numerusform>
        </translation>
    </message>
</context>
</TS>
