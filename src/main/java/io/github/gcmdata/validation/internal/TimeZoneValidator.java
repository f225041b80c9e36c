package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.RegionTimeZone;
import io.github.gcmdata.validation.ViolationCode;
import java.time.ZoneId;
import java.time.zone.ZoneRulesException;
import java.time.zone.ZoneRulesProvider;
import java.util.List;

/** Validates {@link RegionTimeZone}. */
public final class TimeZoneValidator extends FindingValidator<RegionTimeZone, ZoneId> {

    /** Creates the validator. */
    public TimeZoneValidator() {
    }

    @Override
    List<Finding> findings(ZoneId zone) {
        return isRegion(zone.getId()) ? List.of() : List.of(Finding.of(ViolationCode.TIMEZONE_NOT_REGION, zone.getId()));
    }

    static boolean isRegion(String id) {
        return id.indexOf('/') > 0 && !id.startsWith("Etc/") && !id.startsWith("SystemV/") && isAvailable(id);
    }

    /**
     * Tells whether a zone ID is one of {@link ZoneId#getAvailableZoneIds()}, without the copy of
     * all of them that method makes on every call.
     */
    private static boolean isAvailable(String id) {
        try {
            ZoneRulesProvider.getRules(id, false);
            return true;
        } catch (ZoneRulesException e) {
            return false;
        }
    }
}
