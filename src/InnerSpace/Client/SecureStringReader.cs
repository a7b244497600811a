using System;
using System.Runtime.InteropServices;
using System.Security;

namespace InnerSpace.Client;

/// <summary>Turns a secret into text only at the moment a request body needs it.</summary>
internal static class SecureStringReader
{
    // The returned string lives in managed memory until collected. HttpClient takes its
    // body as bytes made from strings anyway, so this is the shortest life we can give it.
    public static string Reveal(SecureString secret)
    {
        var pointer = IntPtr.Zero;
        try
        {
            pointer = Marshal.SecureStringToGlobalAllocUnicode(secret);
            return Marshal.PtrToStringUni(pointer) ?? string.Empty;
        }
        finally
        {
            if (pointer != IntPtr.Zero)
            {
                Marshal.ZeroFreeGlobalAllocUnicode(pointer);
            }
        }
    }
}
