package dev.tidemark.spring.repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;

/** The repository under test. */
public interface OrderRepository extends ListCrudRepository<Order, OrderKey>, ListPagingAndSortingRepository<Order, OrderKey> {

    List<Order> findByCustomerId(String customerId);

    List<Order> findByCustomerIdOrderByOrderIdDesc(String customerId);

    List<Order> findByCustomerIdAndOrderIdStartingWith(String customerId, String prefix);

    List<Order> findByCustomerIdAndOrderIdBetween(String customerId, String low, String high);

    List<Order> findByCustomerIdAndOrderIdLessThan(String customerId, String orderId);

    List<Order> findByCustomerIdAndOrderIdGreaterThanEqual(String customerId, String orderId);

    List<Order> findByCustomerIdAndOrderIdAfter(String customerId, String orderId);

    Optional<Order> findByCustomerIdAndOrderId(String customerId, String orderId);

    List<Order> findByStatusAndTotalGreaterThan(String status, Integer total);

    List<Order> findByStatusOrderByTotalDesc(String status);

    List<Order> findByRegionAndTotalLessThanEqual(String region, Integer total);

    List<Order> findByCustomerIdAndStatusNot(String customerId, String status);

    List<Order> findByCustomerIdAndStatusIn(String customerId, Collection<String> statuses);

    List<Order> findByCustomerIdAndNoteIsNull(String customerId);

    List<Order> findByCustomerIdAndNoteIsNotNull(String customerId);

    List<Order> findByCustomerIdAndPaidTrue(String customerId);

    List<Order> findByCustomerIdAndPaidFalse(String customerId);

    List<Order> findByCustomerIdAndTagsContaining(String customerId, String tag);

    List<Order> findByCustomerIdAndNoteContaining(String customerId, String text);

    List<Order> findByCustomerIdAndNoteIgnoreCase(String customerId, String note);

    List<Order> findByCustomerIdAndTotalBetweenAndStatus(String customerId, int low, int high, String status);

    List<Order> findByCustomerIdAndStatusOrStatusAndTotalGreaterThan(String customerId, String s1, String s2, Integer total);

    List<Order> findByCustomerIdInAndStatus(Collection<String> customers, String status);

    List<Order> findTop2ByCustomerIdOrderByOrderIdDesc(String customerId);

    Optional<Order> findFirstByCustomerId(String customerId);

    long countByCustomerId(String customerId);

    boolean existsByCustomerIdAndStatus(String customerId, String status);

    long deleteByCustomerIdAndStatus(String customerId, String status);

    Stream<Order> streamByCustomerId(String customerId);

    Slice<Order> findByStatus(String status, Pageable pageable);

    Page<Order> findPageByCustomerId(String customerId, Pageable pageable);

    Window<Order> findByCustomerId(String customerId, ScrollPosition position, Limit limit);

    List<Order> findByCustomerId(String customerId, Sort sort);

    @AllowScan
    List<Order> findByNote(String note);

    @AllowScan
    List<Order> findByStatusInOrNote(Collection<String> statuses, String note);

    @AllowScan
    List<Order> findByPaidTrueOrderByTotalAsc();

    @Query(index = "byStatus", key = "#status = :status AND #total BETWEEN :low AND :high",
        filter = "contains(#tags, :tag) OR attribute_not_exists(#note)")
    List<Order> search(String status, int low, int high, String tag);

    @Query(key = "#customerId = :customer AND begins_with(#orderId, :prefix)", filter = "#paid = :paid")
    Slice<Order> paidWithPrefix(String customer, String prefix, boolean paid, Pageable pageable);

    @Query(key = "#customerId = :customer", count = true)
    long countForCustomer(String customer);

    @AllowScan
    @Query(filter = "#total >= :min")
    List<Order> scanTotalsAtLeast(int min);

    @Update(increment = "total", addToSet = "tags", set = "note")
    Order bump(OrderKey id, String note, int delta, Set<String> tags);

    @Update(remove = "note", removeFromSet = "tags")
    void clean(OrderKey id, Set<String> tags);

    List<OrderSummary> findSummaryByCustomerId(String customerId);

    List<OrderTotal> findTotalsByCustomerId(String customerId);

    /** An interface projection. */
    interface OrderSummary {
        String getOrderId();

        Integer getTotal();
    }

    /** A DTO projection. */
    record OrderTotal(String orderId, Integer total) {
    }
}
