package io.github.gcmdata.validation.internal;

import io.github.gcmdata.constraints.PanellistsWithinParticipants;
import io.github.gcmdata.model.Count;
import io.github.gcmdata.model.CountPrecision;
import io.github.gcmdata.model.Event;
import io.github.gcmdata.validation.ViolationCode;
import java.util.List;

/** Validates {@link PanellistsWithinParticipants}. */
public final class PanellistsWithinParticipantsValidator
        extends FindingValidator<PanellistsWithinParticipants, Event> {

    /** Creates the validator. */
    public PanellistsWithinParticipantsValidator() {
    }

    @Override
    List<Finding> findings(Event event) {
        if (event.panellistCount() == null || event.participantCount() == null) {
            return List.of();
        }
        Count panellists = event.panellistCount();
        Count participants = event.participantCount();
        if (participants.precision() != CountPrecision.EXACT || panellists.precision() == CountPrecision.ABOUT) {
            return List.of();
        }
        long fewestPanellists = panellists.precision() == CountPrecision.MORE_THAN
                ? panellists.value() + 1 : panellists.value();
        if (fewestPanellists <= participants.value()) {
            return List.of();
        }
        return List.of(Finding.at(ViolationCode.COUNT_PANELLISTS_EXCEED_PARTICIPANTS, "/panellistCount", "panellistCount",
                describe(panellists), "participants", describe(participants)));
    }

    private static String describe(Count count) {
        return switch (count.precision()) {
            case MORE_THAN -> "> " + count.value();
            case AT_LEAST -> ">= " + count.value();
            case ABOUT -> "~" + count.value();
            case EXACT -> Long.toString(count.value());
        };
    }
}
