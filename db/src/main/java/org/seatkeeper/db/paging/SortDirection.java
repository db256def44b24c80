package org.seatkeeper.db.paging;

public enum SortDirection { ASC, DESC }
