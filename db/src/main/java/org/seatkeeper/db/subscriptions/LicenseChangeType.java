package org.seatkeeper.db.subscriptions;

public enum LicenseChangeType { CREATE, INCREASE, DECREASE, SUSPEND, REACTIVATE, DEACTIVATE, RENEW, PRICE_CHANGE, PRODUCT_CHANGE }
