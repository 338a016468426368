#include "hardware/accelerator.h"

namespace pertoken {

using namespace Qt::StringLiterals;

QString deviceClassId(DeviceClass deviceClass)
{
    switch (deviceClass) {
    case DeviceClass::DatacenterGpu:
        return u"datacenter-gpu"_s;
    case DeviceClass::WorkstationGpu:
        return u"workstation-gpu"_s;
    case DeviceClass::ConsumerGpu:
        return u"consumer-gpu"_s;
    case DeviceClass::Laptop:
        return u"laptop"_s;
    case DeviceClass::Desktop:
        return u"desktop"_s;
    }
    return u"datacenter-gpu"_s;
}

bool deviceClassFromId(const QString &id, DeviceClass *out)
{
    for (const DeviceClass deviceClass :
         {DeviceClass::DatacenterGpu, DeviceClass::WorkstationGpu, DeviceClass::ConsumerGpu,
          DeviceClass::Laptop, DeviceClass::Desktop}) {
        if (deviceClassId(deviceClass) == id) {
            if (out)
                *out = deviceClass;
            return true;
        }
    }
    return false;
}

} // namespace pertoken
