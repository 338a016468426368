#include "models/model_fit.h"

namespace pertoken {

QList<AcceleratorFit> fitOnAccelerators(double weightBytes, double kvBytesPerSequence, qint64 batch,
                                        const QList<Accelerator> &accelerators)
{
    QList<AcceleratorFit> fits;
    const double needed = weightBytes + double(batch) * kvBytesPerSequence;
    for (const Accelerator &accelerator : accelerators) {
        AcceleratorFit fit;
        fit.accelerator = accelerator;
        fit.usableBytes = accelerator.memoryBytes() * accelerator.usableMemoryFraction;
        fit.neededBytes = needed;
        fit.fits = needed <= fit.usableBytes;
        fits.append(fit);
    }
    return fits;
}

} // namespace pertoken
