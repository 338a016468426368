#include "models/ggml_type.h"

#include <QList>

#include <array>

namespace pertoken {

using namespace Qt::StringLiterals;

namespace {

// Block sizes and bytes per block from ggml-common.h: the K-quants and most i-quants pack 256
// weights (QK_K) with their scales; the legacy quants, IQ4_NL and MXFP4 pack 32.
const QList<GgmlType> &ggmlTypes()
{
    static const QList<GgmlType> types = {
        {0, u"F32"_s, 1, 4},
        {1, u"F16"_s, 1, 2},
        {2, u"Q4_0"_s, 32, 18},    // half d + 16 bytes of nibbles
        {3, u"Q4_1"_s, 32, 20},    // half d, m + 16
        {6, u"Q5_0"_s, 32, 22},    // half d + 4 high bits + 16
        {7, u"Q5_1"_s, 32, 24},    // half d, m + 4 + 16
        {8, u"Q8_0"_s, 32, 34},    // half d + 32 int8
        {9, u"Q8_1"_s, 32, 36},    // half d, s + 32 int8
        {10, u"Q2_K"_s, 256, 84},  // 16 scales + 64 quants + half d, dmin
        {11, u"Q3_K"_s, 256, 110}, // 32 hmask + 64 quants + 12 scales + half d
        {12, u"Q4_K"_s, 256, 144}, // half d, dmin + 12 scales + 128 quants
        {13, u"Q5_K"_s, 256, 176}, // half d, dmin + 12 scales + 32 high bits + 128 quants
        {14, u"Q6_K"_s, 256, 210}, // 128 low + 64 high + 16 scales + half d
        {15, u"Q8_K"_s, 256, 292}, // float d + 256 int8 + 16 int16 sums
        {16, u"IQ2_XXS"_s, 256, 66},
        {17, u"IQ2_XS"_s, 256, 74},
        {18, u"IQ3_XXS"_s, 256, 98},
        {19, u"IQ1_S"_s, 256, 50},
        {20, u"IQ4_NL"_s, 32, 18},
        {21, u"IQ3_S"_s, 256, 110},
        {22, u"IQ2_S"_s, 256, 82},
        {23, u"IQ4_XS"_s, 256, 136}, // half d + 2 high scales + 4 low scales + 128 quants
        {24, u"I8"_s, 1, 1},
        {25, u"I16"_s, 1, 2},
        {26, u"I32"_s, 1, 4},
        {27, u"I64"_s, 1, 8},
        {28, u"F64"_s, 1, 8},
        {29, u"IQ1_M"_s, 256, 56},
        {30, u"BF16"_s, 1, 2},
        {34, u"TQ1_0"_s, 256, 54},
        {35, u"TQ2_0"_s, 256, 66},
        {39, u"MXFP4"_s, 32, 17}, // one E8M0 scale byte + 16 bytes of E2M1 nibbles
        {40, u"NVFP4"_s, 64, 36}, // four UE4M3 scales (one per 16) + 32 bytes of E2M1 nibbles
    };
    return types;
}

} // namespace

const GgmlType *findGgmlType(uint32_t id)
{
    for (const GgmlType &type : ggmlTypes()) {
        if (type.id == id)
            return &type;
    }
    return nullptr;
}

QString ggufFileTypeName(uint32_t fileType)
{
    // enum llama_ftype, include/llama.h (llama.cpp); 5, 6 and 33–35 were removed. 39–41 as
    // @huggingface/gguf 0.4.6 (GGMLFileQuantizationType) names them.
    static const std::array<const char16_t *, 42> names = {
        u"F32",    u"F16",    u"Q4_0",    u"Q4_1",      u"Q4_1_SOME_F16", nullptr,    nullptr,
        u"Q8_0",   u"Q5_0",   u"Q5_1",    u"Q2_K",      u"Q3_K_S",        u"Q3_K_M",  u"Q3_K_L",
        u"Q4_K_S", u"Q4_K_M", u"Q5_K_S",  u"Q5_K_M",    u"Q6_K",          u"IQ2_XXS", u"IQ2_XS",
        u"Q2_K_S", u"IQ3_XS", u"IQ3_XXS", u"IQ1_S",     u"IQ4_NL",        u"IQ3_S",   u"IQ3_M",
        u"IQ2_S",  u"IQ2_M",  u"IQ4_XS",  u"IQ1_M",     u"BF16",          nullptr,    nullptr,
        nullptr,   u"TQ1_0",  u"TQ2_0",   u"MXFP4_MOE", u"NVFP4",         u"Q1_0",    u"Q2_0",
    };
    if (fileType >= names.size() || names[fileType] == nullptr)
        return {};
    return QString::fromUtf16(names[fileType]);
}

} // namespace pertoken
