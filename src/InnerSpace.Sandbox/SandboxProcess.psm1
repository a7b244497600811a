# Starts and stops the InnerSpace sandbox as a child process, for the demo, the Pester
# tests and anyone who wants a local API to try the module against. Shipped next to the
# sandbox's dll, which it runs with the dotnet host.

Set-StrictMode -Version 3.0

function Start-InnerSpaceSandbox {
    <#
    .SYNOPSIS
    Starts the local InnerSpace API stand-in on a free loopback port.

    .DESCRIPTION
    Runs InnerSpace.Sandbox.dll, waits until it reports the address it listens on, and
    returns an object with that address, the demo credentials it accepts and the process.
    Stop it with Stop-InnerSpaceSandbox.

    .EXAMPLE
    $sandbox = Start-InnerSpaceSandbox
    Connect-InnerSpace -BaseUri $sandbox.BaseUri -Credential $sandbox.Credential
    #>
    [CmdletBinding()]
    [OutputType([pscustomobject])]
    param(
        # Further sandbox options, such as '--session-ttl', '1'.
        [string[]] $ArgumentList = @(),

        [string] $ClientId = 'demo-client-id',

        [string] $ClientSecret = 'demo-client-secret',

        [ValidateRange(1, 300)]
        [int] $TimeoutSeconds = 60
    )

    $dll = Join-Path $PSScriptRoot 'InnerSpace.Sandbox.dll'
    if (-not (Test-Path -LiteralPath $dll)) {
        throw "The sandbox is not built: '$dll' is missing. Run ./build.ps1 first."
    }

    $log = [System.IO.Path]::GetTempFileName()
    # A free loopback port unless the caller names its own address.
    $urls = if ($ArgumentList -match '^--urls(=|$)') { @() } else { @('--urls', 'http://127.0.0.1:0') }
    # --parent-pid: the sandbox stops by itself if this PowerShell ends without stopping it.
    $arguments = @($dll) + $urls + @('--client-id', $ClientId, '--client-secret', $ClientSecret,
        '--parent-pid', $PID) + $ArgumentList
    $process = Start-Process -FilePath 'dotnet' -ArgumentList $arguments -PassThru `
        -NoNewWindow -RedirectStandardOutput $log -RedirectStandardError "$log.err"

    $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSeconds)
    $baseUri = $null
    while (-not $baseUri) {
        $listening = Select-String -LiteralPath $log -Pattern 'Now listening on: (http://\S+)' |
            Select-Object -First 1
        if ($listening) {
            $baseUri = [uri]($listening.Matches[0].Groups[1].Value.TrimEnd('/') + '/')
        }
        elseif ($process.HasExited -or [DateTime]::UtcNow -gt $deadline) {
            $output = (Get-Content -LiteralPath $log, "$log.err" -ErrorAction Ignore) -join "`n"
            $why = if ($process.HasExited) { "exited with code $($process.ExitCode)" }
                else { "did not start within $TimeoutSeconds s" }
            Stop-Process -InputObject $process -ErrorAction Ignore
            throw "The sandbox $why. It wrote:`n$output"
        }
        else {
            Start-Sleep -Milliseconds 100
        }
    }

    $secret = ConvertTo-SecureString -String $ClientSecret -AsPlainText -Force
    [pscustomobject]@{
        PSTypeName = 'InnerSpace.SandboxProcess'
        BaseUri    = $baseUri
        ClientId   = $ClientId
        Credential = [pscredential]::new($ClientId, $secret)
        Process    = $process
        LogPath    = $log
    }
}

function Stop-InnerSpaceSandbox {
    <#
    .SYNOPSIS
    Stops a sandbox started by Start-InnerSpaceSandbox and removes its log files.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, ValueFromPipeline)]
        [pscustomobject] $Sandbox
    )

    process {
        if (-not $Sandbox.Process.HasExited) {
            Stop-Process -InputObject $Sandbox.Process -Force -ErrorAction Ignore
            $null = $Sandbox.Process.WaitForExit(10000)
        }

        Remove-Item -LiteralPath $Sandbox.LogPath, "$($Sandbox.LogPath).err" -ErrorAction Ignore
    }
}

Export-ModuleMember -Function Start-InnerSpaceSandbox, Stop-InnerSpaceSandbox
