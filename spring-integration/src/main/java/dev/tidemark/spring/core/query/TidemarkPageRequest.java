package dev.tidemark.spring.core.query;

import java.util.Objects;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A {@link PageRequest} that also carries the continuation token where its page starts, so the
 * next page of a {@code Slice} or {@code Page} is read from there instead of skipping the earlier
 * pages again. Returned by {@code nextPageable()} of the slices Tidemark repositories return.
 */
public final class TidemarkPageRequest extends PageRequest {
    private static final long serialVersionUID = 1L;
    private final String continuationToken;

    private TidemarkPageRequest(int page, int size, Sort sort, String continuationToken) {
        super(page, size, sort);
        this.continuationToken = continuationToken;
    }

    /**
     * A request for the page after {@code previous} that starts after {@code continuationToken}.
     *
     * @param previous the request of the previous page
     * @param continuationToken the token where the page starts
     * @return the request
     */
    public static TidemarkPageRequest after(Pageable previous, String continuationToken) {
        return new TidemarkPageRequest(previous.getPageNumber() + 1, previous.getPageSize(), previous.getSort(),
            Objects.requireNonNull(continuationToken));
    }

    /** The token this page starts after. */
    public String continuationToken() {
        return continuationToken;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TidemarkPageRequest t && super.equals(o) && continuationToken.equals(t.continuationToken);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + continuationToken.hashCode();
    }
}
