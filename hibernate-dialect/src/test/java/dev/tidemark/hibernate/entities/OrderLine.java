package dev.tidemark.hibernate.entities;

import dev.tidemark.hibernate.SortKey;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A composite id through @IdClass: orderNo is the partition key, lineNo (marked @SortKey) the sort key. */
@Entity
@IdClass(OrderLine.Key.class)
@Table(name = "order_lines", indexes = @Index(name = "byProduct", columnList = "product, quantity"))
public class OrderLine {
    /** The id class. */
    public static class Key implements Serializable {
        private String orderNo;
        private int lineNo;

        public Key() {
        }

        public Key(String orderNo, int lineNo) {
            this.orderNo = orderNo;
            this.lineNo = lineNo;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.orderNo.equals(orderNo) && k.lineNo == lineNo;
        }

        @Override
        public int hashCode() {
            return Objects.hash(orderNo, lineNo);
        }
    }

    @Id
    private String orderNo;
    @Id
    @SortKey
    private int lineNo;
    private String product;
    private int quantity;

    protected OrderLine() {
    }

    public OrderLine(String orderNo, int lineNo, String product, int quantity) {
        this.orderNo = orderNo;
        this.lineNo = lineNo;
        this.product = product;
        this.quantity = quantity;
    }

    public String getProduct() { return product; }
    public int getQuantity() { return quantity; }
    public int getLineNo() { return lineNo; }
}
