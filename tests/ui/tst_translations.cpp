// The German and Chinese translations are complete: no unfinished, vanished or obsolete entry in
// the .ts files, nothing new when lupdate reads today's sources, placeholders kept, and every
// label core/ hands the UI translated in the embedded .qm files.

#include "cost/option_costing.h"
#include "scenario/parameters.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace pertoken;

namespace {

struct Message {
    QString context;
    QString source;
    QString type;             ///< "", "unfinished", "vanished", "obsolete"
    QStringList translations; ///< one, or one per plural form
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1: %2"_s.arg(path, file.errorString());
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message{
                context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes"};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.translations.append(xml.readElementText());
            } else {
                message.translations.append(xml.readElementText());
            }
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(\\d+|n)"_s);
    QSet<QString> found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext())
        found.insert(it.next().captured(0));
    return found;
}

// Every problem with the messages of one .ts file, one line each.
QStringList problems(const QList<Message> &messages)
{
    QStringList found;
    for (const Message &m : messages) {
        const QString where = u"[%1] \"%2\""_s.arg(m.context, m.source.left(60));
        if (!m.type.isEmpty()) {
            found << u"%1 is %2"_s.arg(where, m.type);
            continue;
        }
        if (m.translations.isEmpty())
            found << u"%1 has no translation"_s.arg(where);
        for (const QString &translation : m.translations) {
            if (translation.isEmpty())
                found << u"%1 has an empty translation or plural form"_s.arg(where);
            else if (placeholders(translation) != placeholders(m.source))
                found << u"%1 changes the placeholders: \"%2\""_s.arg(where, translation);
        }
    }
    return found;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(PERTOKEN_TRANSLATIONS_DIR) + u"/pertoken_"_s + language + u".ts"_s;
}

} // namespace

class TestTranslations final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tsFileIsComplete_data();
    void tsFileIsComplete();
    void currentSourcesAddNoUntranslatedText_data();
    void currentSourcesAddNoUntranslatedText();
    void coreLabelsAreTranslated_data();
    void coreLabelsAreTranslated();
};

void TestTranslations::tsFileIsComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << u"de"_s;
    QTest::newRow("Simplified Chinese") << u"zh_CN"_s;
}

void TestTranslations::tsFileIsComplete()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The UI has several hundred messages; a near-empty file means the wrong file was read.
    QVERIFY2(messages.size() > 400, qPrintable(QString::number(messages.size())));
    const QStringList found = problems(messages);
    QVERIFY2(found.isEmpty(), qPrintable(u"%1 problems, the first: %2"_s.arg(found.size())
                                             .arg(found.mid(0, 10).join(u"\n    "_s))));
}

void TestTranslations::currentSourcesAddNoUntranslatedText_data()
{
    tsFileIsComplete_data();
}

// lupdate over the sources the build translates, into a copy of the .ts: a tr() string added
// without a translation appears as unfinished, a removed one as vanished.
void TestTranslations::currentSourcesAddNoUntranslatedText()
{
    QFETCH(QString, language);
    const QString lupdate = QStringLiteral(PERTOKEN_LUPDATE);
    QVERIFY2(QFileInfo(lupdate).isExecutable(),
             qPrintable(lupdate + u" is missing: scripts/setup.sh installs qt6-l10n-tools"_s));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(tsPath(language)).fileName());
    QVERIFY(QFile::copy(tsPath(language), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess process;
    process.start(lupdate,
                  {u"-silent"_s, u"@"_s + QStringLiteral(PERTOKEN_LUPDATE_LIST), u"-ts"_s, copy});
    QVERIFY(process.waitForFinished(120000));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(QString::fromLocal8Bit(process.readAllStandardError())));

    QString error;
    const QList<Message> messages = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList found = problems(messages);
    QVERIFY2(found.isEmpty(),
             qPrintable(u"after lupdate, %1 problems (run `cmake --build BUILD --target "
                        "update_translations` and translate them): %2"_s.arg(found.size())
                            .arg(found.mid(0, 10).join(u"\n    "_s))));
}

void TestTranslations::coreLabelsAreTranslated_data()
{
    tsFileIsComplete_data();
}

// Labels reach the UI from core/ as data; lupdate sees them only where they are marked. Ask the
// embedded translation for each one core/ actually produces.
void TestTranslations::coreLabelsAreTranslated()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY2(translator.load(u"pertoken_"_s + language, u":/i18n"_s),
             "the .qm file is not embedded at :/i18n/");

    QList<ParameterSpec> specs = workloadParameters() + plannerParameters();
    for (OptionKind kind : {OptionKind::CloudApi, OptionKind::SelfHosted, OptionKind::OnDevice})
        specs += parametersOfKind(kind);
    QStringList missing;
    for (const ParameterSpec &spec : std::as_const(specs)) {
        if (translator.translate("Parameter", spec.label).isEmpty())
            missing << u"Parameter \"%1\""_s.arg(QString::fromLatin1(spec.label));
        if (!spec.unit.isEmpty() && translator.translate("Unit", spec.unit.toUtf8()).isEmpty())
            missing << u"Unit \"%1\""_s.arg(spec.unit);
    }
    const MonthlyCost cost;
    for (OptionKind kind : {OptionKind::CloudApi, OptionKind::SelfHosted, OptionKind::OnDevice}) {
        for (Acquisition acquisition : {Acquisition::Rent, Acquisition::Buy}) {
            const QList<CostPart> parts = cost.parts(kind, acquisition);
            for (const CostPart &part : parts) {
                if (translator.translate("CostPart", part.label.toUtf8()).isEmpty())
                    missing << u"CostPart \"%1\""_s.arg(part.label);
            }
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
