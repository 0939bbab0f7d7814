package vn.motcua.identity.api;

public enum VerificationChannel { EMAIL, SMS }
