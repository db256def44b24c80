package org.seatkeeper.db.mail;

public enum MailStatus { PENDING, SENT, FAILED }
