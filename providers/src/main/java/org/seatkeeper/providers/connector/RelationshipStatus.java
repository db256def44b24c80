package org.seatkeeper.providers.connector;

public enum RelationshipStatus { RESELLER, PENDING, NONE, INACTIVE }
