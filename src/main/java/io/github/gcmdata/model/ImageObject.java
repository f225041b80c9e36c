package io.github.gcmdata.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.gcmdata.constraints.NonBlankText;
import io.github.gcmdata.constraints.NotInFuture;
import io.github.gcmdata.internal.Components;
import jakarta.validation.Valid;
import java.util.List;

/**
 * An image a publication prints, such as a cover photo, with what its imprint says of it
 * (schema.org {@code ImageObject}): its caption, who took it, the credit line and the copyright.
 *
 * <pre>{@code
 * new ImageObject(
 *         LocalizedText.of("es", "Personas disfrutando de un fin de semana de compras en el centro de Dublín (Irlanda)"),
 *         List.of(AgentRef.person("muse-mohammed")),
 *         LocalizedText.of("es", "© OIM (Fotografía: Muse Mohammed)"),
 *         AgentRef.organisation("iom"), null)
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param caption  the caption, as printed, or null
 * @param creators  who made it: the photographer (schema.org {@code creator})
 * @param creditText  the credit line, as printed, such as "© IOM 2022 (Photo: Muse Mohammed)", or null
 * @param copyrightHolder  who holds its copyright, or null
 * @param copyrightYear  the year of its copyright, not in the future, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImageObject(
        @NonBlankText LocalizedText caption,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<@Valid AgentRef> creators,
        @NonBlankText LocalizedText creditText,
        @Valid AgentRef copyrightHolder,
        @NotInFuture Integer copyrightYear) {

    /**
     * Copies the list of creators.
     *
     * @param caption  the caption, as printed, or null
     * @param creators  who made it
     * @param creditText  the credit line, as printed, or null
     * @param copyrightHolder  who holds its copyright, or null
     * @param copyrightYear  the year of its copyright, or null
     * @throws NullPointerException if the list of creators holds a null
     */
    public ImageObject {
        creators = Components.copy(creators, "creators");
    }
}
