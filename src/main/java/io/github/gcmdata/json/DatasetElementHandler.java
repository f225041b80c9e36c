package io.github.gcmdata.json;

/**
 * Receives the parts of a dataset one at a time, as {@link GcmJson#readDatasetElements} reads them.
 *
 * <pre>{@code
 * DatasetElementHandler count = (pointer, element) -> {
 *     if (element instanceof Event) {
 *         events.increment();
 *     }
 * };
 * }</pre>
 *
 * <p>An exception thrown by the handler stops reading and reaches the caller unchanged.
 */
@FunctionalInterface
public interface DatasetElementHandler {

    /**
     * Receives one part of the dataset.
     *
     * @param jsonPointer  where the part is in the dataset, such as {@code /metadata} or
     *     {@code /events/12345}, not null
     * @param element  the {@code DatasetMetadata}, or an element of one of the dataset's lists,
     *     such as an {@code Event}, not null
     */
    void element(String jsonPointer, Object element);
}
