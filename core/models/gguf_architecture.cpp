#include "models/gguf_architecture.h"

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

QString slug(const QString &text)
{
    QString id;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber() || c == u'.')
            id += c;
        else if (!id.isEmpty() && !id.endsWith(u'-'))
            id += u'-';
    }
    while (id.endsWith(u'-'))
        id.chop(1);
    return id;
}

int count(const std::optional<qint64> &value)
{
    return value ? int(*value) : 0; // the parser keeps these within int
}

} // namespace

GgufArchitecture ggufToArchitecture(const GgufHeader &header, const QString &source)
{
    GgufArchitecture result;
    ModelArchitecture &model = result.model;
    const QString arch = header.architecture;
    model.name = header.name.isEmpty() ? arch : header.name;
    model.id = slug(model.name);
    model.source = source;
    model.totalParams = double(header.parameterCount);
    model.layers = count(header.blockCount);
    model.attentionHeads = count(header.headCount);
    // A file without head_count_kv uses full multi-head attention (llama.cpp's default).
    model.kvHeads = header.kvHeadCount ? count(header.kvHeadCount) : model.attentionHeads;
    if (header.keyLength)
        model.headDim = count(header.keyLength);
    else if (header.embeddingLength && model.attentionHeads > 0)
        model.headDim = count(header.embeddingLength) / model.attentionHeads;
    model.experts = count(header.expertCount);
    model.activeExperts = count(header.expertUsedCount);
    model.contextLength = count(header.contextLength);

    const auto need = [&](bool present, const QString &suffix) {
        if (!present)
            result.missingKeys.append((arch.isEmpty() ? u"{arch}"_s : arch) + u'.' + suffix);
    };
    if (arch.isEmpty())
        result.missingKeys.append(u"general.architecture"_s);
    need(header.blockCount.has_value(), u"block_count"_s);
    need(header.headCount.has_value(), u"attention.head_count"_s);
    need(header.keyLength.has_value() || header.embeddingLength.has_value(),
         u"attention.key_length"_s);
    need(header.contextLength.has_value(), u"context_length"_s);

    model.activeParams = model.totalParams;
    if (model.isMoe()) {
        double expertElements = 0;
        for (const GgufTensorInfo &tensor : header.tensors) {
            if (tensor.name.contains(u"_exps"_s))
                expertElements += double(tensor.elements);
        }
        model.activeParams = model.totalParams - expertElements *
                                                     double(model.experts - model.activeExperts) /
                                                     double(model.experts);
    }
    return result;
}

Quantization ggufQuantization(const GgufHeader &header, const QString &source)
{
    Quantization quantization;
    const QString type = header.fileTypeName();
    quantization.id = u"gguf-"_s + type.toLower();
    quantization.bitsPerWeight = header.bitsPerWeight();
    quantization.name = u"%1 (GGUF, %2 bits per weight measured)"_s.arg(
        type, QString::number(quantization.bitsPerWeight, 'f', 2));
    quantization.compute = ComputePrecision::Bf16;
    quantization.source = source;
    return quantization;
}

} // namespace pertoken
