#pragma once

// Model files and stores for the inventory tests: a small Llama-shaped GGUF, a small safetensors
// checkpoint, and the three store layouts (Ollama, Hugging Face, LM Studio) holding them, as the
// runtimes write them.

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "model_file_writer.h"

namespace pertoken::testing {

using namespace Qt::StringLiterals;

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

inline QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

/// Bytes of tensor data, as tst_model_folders adds them up (ggml block sizes in
/// model_file_writer.h): token_embd 512×64 Q4_K = 32,768/256×144 = 18,432; output 512×64 Q6_K =
/// 128×210 = 26,880; attn_norm 512 F32 = 2,048; ffn_down 256×128 Q4_K = 18,432: 65,792 bytes for
/// 32,768 + 32,768 + 512 + 32,768 = 98,816 parameters.
inline constexpr qint64 kSmallLlamaElements = 98816;
inline constexpr auto kTemplate = "{% for m in messages %}{{ m.content }}{% endfor %}";

/// model_file_writer.h's llama31Shaped (a Llama 3.1 8B's keys, from its config.json) under the
/// general.name `name`, with tst_model_folders' four small tensors.
inline QByteArray smallLlama(const QByteArray &name = "Meta Llama 3.1 8B Instruct")
{
    GgufWriter writer = llama31Shaped(kTemplate, name);
    writer.addTensor("token_embd.weight", {512, 64}, kQ4K);
    writer.addTensor("output.weight", {512, 64}, kQ6K);
    writer.addTensor("blk.0.attn_norm.weight", {512}, kF32);
    writer.addTensor("blk.0.ffn_down.weight", {256, 128}, kQ4K);
    return writer.bytes();
}

/// A safetensors checkpoint of 2 BF16 tensors: 64×32 + 32 = 2,080 parameters, 4,160 bytes.
inline QByteArray smallSafetensors()
{
    return safetensorsFile({{u"model.embed_tokens.weight"_s, u"BF16"_s, {64, 32}, 64 * 32 * 2},
                            {u"model.norm.weight"_s, u"BF16"_s, {32}, 32 * 2}},
                           QJsonObject{{u"format"_s, u"pt"_s}});
}

inline QByteArray ollamaManifest(const QString &digest, qint64 size)
{
    // The layout `ollama pull` writes (as tst_model_folders): a config blob, then the layers.
    return QJsonDocument(
               QJsonObject{
                   {u"schemaVersion"_s, 2},
                   {u"mediaType"_s, u"application/vnd.docker.distribution.manifest.v2+json"_s},
                   {u"config"_s,
                    QJsonObject{
                        {u"mediaType"_s, u"application/vnd.docker.container.image.v1+json"_s},
                        {u"digest"_s, QString(u"sha256:"_s + QString(64, u'0'))},
                        {u"size"_s, 485}}},
                   {u"layers"_s, QJsonArray{QJsonObject{
                                     {u"mediaType"_s, u"application/vnd.ollama.image.model"_s},
                                     {u"digest"_s, digest},
                                     {u"size"_s, double(size)}}}},
               })
        .toJson();
}

/// Writes, under `home`, the stores the runtimes keep there:
///  - Ollama: .ollama/models/{manifests/registry.ollama.ai/library/llama3.1/8b, blobs/} holding
///    smallLlama() ("llama3.1:8b");
///  - Hugging Face: .cache/huggingface/hub/models--Org--Tiny/snapshots/<rev>/model.safetensors,
///    a relative link into the repo's blobs/ as huggingface_hub writes it ("Org/Tiny");
///  - LM Studio: .lmstudio/models/lmstudio-community/Llama-GGUF/llama-Q4_K_M.gguf holding
///    smallLlama("Other").
inline bool writeStores(const QString &home)
{
    const QByteArray gguf = smallLlama();
    const QString digest = u"sha256:"_s + sha256Hex(gguf);
    const QByteArray safetensors = smallSafetensors();
    const QString repo = home + u"/.cache/huggingface/hub/models--Org--Tiny"_s;
    const QString snapshot = repo + u"/snapshots/0123456789abcdef"_s;
    return writeFile(home + u"/.ollama/models/blobs/sha256-"_s + sha256Hex(gguf), gguf) &&
           writeFile(home + u"/.ollama/models/manifests/registry.ollama.ai/library/llama3.1/8b"_s,
                     ollamaManifest(digest, gguf.size())) &&
           writeFile(repo + u"/blobs/"_s + sha256Hex(safetensors), safetensors) &&
           QDir().mkpath(snapshot) &&
           QFile::link(u"../../blobs/"_s + sha256Hex(safetensors),
                       snapshot + u"/model.safetensors"_s) &&
           writeFile(home + u"/.lmstudio/models/lmstudio-community/Llama-GGUF/llama-Q4_K_M.gguf"_s,
                     smallLlama("Other"));
}

} // namespace pertoken::testing
